module linequalifier

go 1.19
