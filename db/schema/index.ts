// Every table and relation, one aggregate per folder. drizzle-kit reads this file.
export * from "./_shared/pg-enums";
export * from "./assignments";
export * from "./audit";
export * from "./couples";
export * from "./exercises";
export * from "./invitations";
export * from "./mail";
export * from "./notifications";
export * from "./practices";
export * from "./responses";
export * from "./safety";
export * from "./sessions";
export * from "./users";
