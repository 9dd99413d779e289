module haulfleet

go 1.19
