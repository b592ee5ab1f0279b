export * from "./auth";
export * from "./coaching";
export * from "./bookings";
export * from "./crm";
export * from "./plans";
export * from "./billing";
export * from "./email";
