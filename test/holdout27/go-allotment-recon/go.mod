module allotmentrecon

go 1.19
