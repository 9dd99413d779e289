export * from "./features";
export * from "./model";
export * from "./onnx";
