package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

var (
	errMalformed    = errors.New("malformed bid line")
	errUnknownLot   = errors.New("unknown lot")
	errBadPaddle    = errors.New("invalid paddle")
	errUnregistered = errors.New("unregistered bidder")
	errBelowAsk     = errors.New("bid below asking price")
	errOverLimit    = errors.New("bid exceeds credit limit")
)

type lotState struct {
	lot      *Lot
	bids     []Bid
	current  int64
	leader   string
	closedAt time.Time
}

// AuctionHouse ingests clerked bid lines for one session and settles lots.
type AuctionHouse struct {
	session  string
	registry *BidderRegistry
	valuer   *Valuer
	lots     map[int]*lotState
	exposure map[string]int64
	audit    []string
}

func NewAuctionHouse(session string, cat []*Lot, reg *BidderRegistry, v *Valuer) *AuctionHouse {
	h := &AuctionHouse{
		session:  session,
		registry: reg,
		valuer:   v,
		lots:     make(map[int]*lotState, len(cat)),
		exposure: make(map[string]int64),
	}
	for _, l := range cat {
		h.lots[l.Number] = &lotState{lot: l}
	}
	return h
}

// parseBid splits a clerked line into a Bid.
func parseBid(line string) (Bid, error) {
	f := strings.Fields(line)
	if len(f) != 7 || !strings.HasPrefix(f[1], "LOT-") {
		return Bid{}, errMalformed
	}
	at, err := time.Parse(time.RFC3339, f[0])
	if err != nil {
		return Bid{}, errMalformed
	}
	lot, err := strconv.Atoi(f[1][4:])
	if err != nil {
		return Bid{}, errMalformed
	}
	dot := strings.IndexByte(f[4], '.')
	if dot < 0 {
		return Bid{}, errMalformed
	}
	pounds, err1 := strconv.ParseInt(f[4][:dot], 10, 64)
	pence, err2 := strconv.ParseInt(f[4][dot+1:], 10, 64)
	if err1 != nil || err2 != nil {
		return Bid{}, errMalformed
	}
	return Bid{At: at, Lot: lot, Paddle: f[2], Kind: f[3], Amount: pounds*100 + pence, Curr: f[5], Channel: f[6]}, nil
}

// Ingest processes one line of the clerk's log.
func (h *AuctionHouse) Ingest(line string) error {
	b, err := parseBid(line)
	if err != nil {
		return err
	}
	st, ok := h.lots[b.Lot]
	if !ok {
		return errUnknownLot
	}
	// phone and absentee bids are keyed in by hand from the commission
	// sheet, so check the paddle format before looking the bidder up.
	if (b.Channel == "phone" || b.Channel == "absentee") && !validPaddle(b.Paddle) {
		h.recordAudit(b, nil, "reject:paddle-format")
		return errBadPaddle
	}
	bidder, ok := h.registry.Lookup(b.Paddle)
	if !ok {
		h.recordAudit(b, nil, "reject:unregistered")
		return errUnregistered
	}
	if b.Kind == "RETRACT" {
		h.retract(st, b)
		h.recordAudit(b, bidder, "retract")
		return nil
	}
	if st.current > 0 && b.Amount < st.current+bidIncrement(st.current) {
		h.recordAudit(b, bidder, "reject:below-ask")
		return errBelowAsk
	}
	if h.exposure[b.Paddle]+b.Amount > bidder.CreditLimit && !bidder.Trusted {
		h.recordAudit(b, bidder, "reject:credit")
		return errOverLimit
	}
	if st.leader != "" {
		h.exposure[st.leader] -= st.current
	}
	st.bids = append(st.bids, b)
	st.current = b.Amount
	st.leader = b.Paddle
	st.closedAt = b.At
	h.exposure[b.Paddle] += b.Amount
	h.recordAudit(b, bidder, "accept")
	return nil
}

func (h *AuctionHouse) retract(st *lotState, b Bid) {
	for i := len(st.bids) - 1; i >= 0; i-- {
		if st.bids[i].Paddle == b.Paddle && st.bids[i].Amount == b.Amount {
			st.bids = append(st.bids[:i], st.bids[i+1:]...)
			break
		}
	}
	if st.leader == b.Paddle {
		h.exposure[st.leader] -= st.current
		st.current, st.leader = 0, ""
		if n := len(st.bids); n > 0 {
			st.current, st.leader = st.bids[n-1].Amount, st.bids[n-1].Paddle
			h.exposure[st.leader] += st.current
		}
	}
}

// recordAudit appends a line to the regulator-facing audit trail.
func (h *AuctionHouse) recordAudit(b Bid, bidder *Bidder, outcome string) {
	name, country := "-", "--"
	if bidder != nil {
		name, country = bidder.Name, bidder.Country
	}
	entry := fmt.Sprintf("%s|%s|LOT-%05d|%-12s|%-18s|%s|%10.2f %s|%-8s|%s",
		h.session, b.At.Format("15:04:05"), b.Lot, b.Paddle, name, country,
		float64(b.Amount)/100, b.Curr, b.Channel, outcome)
	h.audit = append(h.audit, entry)
}

// SettleAll closes every lot in catalogue order.
func (h *AuctionHouse) SettleAll() []LotResult {
	nums := make([]int, 0, len(h.lots))
	for n := range h.lots {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	out := make([]LotResult, 0, len(nums))
	for _, n := range nums {
		out = append(out, h.settle(h.lots[n]))
	}
	return out
}

func (h *AuctionHouse) settle(st *lotState) LotResult {
	res := LotResult{Lot: st.lot, BidCount: len(st.bids), Estimate: h.valuer.Estimate(st.lot)}
	if len(st.bids) == 0 {
		return res
	}
	ranked := make([]Bid, len(st.bids))
	copy(ranked, st.bids)
	sort.SliceStable(ranked, func(i, j int) bool {
		if ranked[i].Amount != ranked[j].Amount {
			return ranked[i].Amount > ranked[j].Amount
		}
		return ranked[i].At.Before(ranked[j].At)
	})
	top := ranked[0]
	if top.Amount < st.lot.Reserve {
		return res
	}
	res.Sold = true
	res.Winner = top.Paddle
	res.Hammer = top.Amount
	res.Premium = buyersPremium(top.Amount)
	res.Commission = int64(float64(top.Amount) * st.lot.SellerRate)
	return res
}

// buyersPremium applies the tiered premium schedule.
func buyersPremium(hammer int64) int64 {
	type tier struct {
		upTo int64
		rate float64
	}
	tiers := []tier{{50000000, 0.25}, {400000000, 0.20}, {1 << 62, 0.145}}
	var prem float64
	prev := int64(0)
	for _, t := range tiers {
		if hammer <= prev {
			break
		}
		slice := hammer
		if slice > t.upTo {
			slice = t.upTo
		}
		prem += float64(slice-prev) * t.rate
		prev = t.upTo
	}
	return int64(prem)
}
