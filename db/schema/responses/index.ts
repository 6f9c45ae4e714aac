export * from "./table";
export * from "./scores";
