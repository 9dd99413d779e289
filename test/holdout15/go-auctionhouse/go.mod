module example.com/auctionhouse

go 1.19
