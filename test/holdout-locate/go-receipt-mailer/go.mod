module example.org/receipts

go 1.19
