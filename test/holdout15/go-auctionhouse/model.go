package main

import "time"

// Bidder is a registered participant holding a paddle number.
type Bidder struct {
	Paddle      string
	Name        string
	Country     string
	CreditLimit int64 // pence
	Trusted     bool
}

// Lot is an item in a session catalogue.
type Lot struct {
	Number      int
	Title       string
	Category    string
	Reserve     int64 // pence
	LowEstimate int64
	HighEst     int64
	SellerRate  float64 // seller commission rate
	Weight      float64
	Year        int
}

// Bid is a parsed bid log line.
type Bid struct {
	At      time.Time
	Lot     int
	Paddle  string
	Kind    string // BID or RETRACT
	Amount  int64  // pence
	Curr    string
	Channel string
}

// LotResult is the settlement outcome of one lot.
type LotResult struct {
	Lot        *Lot
	Sold       bool
	Winner     string
	Hammer     int64
	Premium    int64
	Commission int64
	BidCount   int
	Estimate   int64
}
