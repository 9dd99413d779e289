module mroworkcards

go 1.19
