export * from "./features";
export * from "./model";
export * from "./onnx";
export * from "./rename";
export * from "./detect";
