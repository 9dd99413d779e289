module shipmentrouter

go 1.19
