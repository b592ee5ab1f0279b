export { Button, buttonVariants } from "./button";
export { Input, Textarea, Select, Checkbox, fieldClass } from "./input";
export { Field } from "./field";
export { Card, CardHeader, CardTitle, CardContent } from "./card";
export { Badge } from "./badge";
export { Table, THead, TBody, Tr, Th, Td } from "./table";
export { EmptyState } from "./empty-state";
export { cn } from "./cn";
