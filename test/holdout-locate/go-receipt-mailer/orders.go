package main

import "fmt"

type item struct {
	Name     string
	Quantity int
	Cents    int64
}

type order struct {
	ID       int
	Customer string
	Country  string
	Items    []item
}

func makeOrders(n int) []order {
	state := uint64(88172645463325252)
	next := func() uint64 {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		return state
	}
	countries := []string{"DE", "FR", "NL", "SE", "PL"}
	out := make([]order, n)
	for i := range out {
		items := make([]item, 3+next()%10)
		for k := range items {
			items[k] = item{Name: fmt.Sprintf("Article %d", next()%900), Quantity: int(1 + next()%4), Cents: int64(199 + next()%20000)}
		}
		out[i] = order{ID: i, Customer: fmt.Sprintf("customer-%d@example.org", next()%10000), Country: countries[next()%5], Items: items}
	}
	return out
}
