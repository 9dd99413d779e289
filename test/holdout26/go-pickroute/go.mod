module pickroute

go 1.19
