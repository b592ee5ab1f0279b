export * from "./auth";
export * from "./two-factor";
export * from "./coaching";
export * from "./bookings";
export * from "./crm";
export * from "./plans";
export * from "./billing";
export * from "./email";
