export * from "./table";
export * from "./validation";
