package main

import (
	"fmt"
	"math/rand"
	"sync"
)

// Location is a pick face identified by aisle, bay and level.
type Location struct {
	Aisle, Bay, Level int
}

func (l Location) Code() string {
	b := make([]byte, 0, 12)
	b = append(b, 'A', byte('0'+l.Aisle/10), byte('0'+l.Aisle%10), '-', 'B')
	b = append(b, byte('0'+l.Bay/10), byte('0'+l.Bay%10), '-', 'L', byte('0'+l.Level))
	return string(b)
}

// Warehouse holds the slotting of SKUs to pick faces and on-hand stock.
type Warehouse struct {
	Aisles, Bays int
	mu           sync.RWMutex
	slot         map[string]Location
	onHand       map[string]int
	skus         []string
}

func NewWarehouse(seed int64, aisles, bays int) *Warehouse {
	rng := rand.New(rand.NewSource(seed))
	w := &Warehouse{Aisles: aisles, Bays: bays, slot: map[string]Location{}, onHand: map[string]int{}}
	for a := 0; a < aisles; a++ {
		for b := 0; b < bays; b++ {
			for lv := 0; lv < 4; lv++ {
				sku := fmt.Sprintf("SKU%06d", rng.Intn(900000)+100000)
				if _, dup := w.slot[sku]; dup {
					continue
				}
				w.slot[sku] = Location{Aisle: a, Bay: b, Level: lv}
				w.onHand[sku] = 20 + rng.Intn(400)
				w.skus = append(w.skus, sku)
			}
		}
	}
	return w
}

func (w *Warehouse) Locate(sku string) (Location, bool) {
	w.mu.RLock()
	defer w.mu.RUnlock()
	l, ok := w.slot[sku]
	return l, ok
}

func (w *Warehouse) Available(sku string) int {
	w.mu.RLock()
	defer w.mu.RUnlock()
	return w.onHand[sku]
}

func (w *Warehouse) SKU(i int) string { return w.skus[i%len(w.skus)] }

func (w *Warehouse) SKUCount() int { return len(w.skus) }
