package main

import (
	"fmt"
	"math/rand"
	"time"
)

// Hub is a regional sorting centre.
type Hub struct {
	Code string
	City string
	Lat  float64
	Lon  float64
}

// Carrier is a trucking partner with a simple tariff.
type Carrier struct {
	Name        string
	BaseFee     float64
	PerKm       float64
	PerKg       float64
	MaxWeightKg float64
}

// Shipment is one parcel booked by a customer.
type Shipment struct {
	ID          string    `export:"shipment_id"`
	Tracking    string    `export:"tracking"`
	Customer    string    `export:"customer"`
	Country     string    `export:"country"`
	PostalCode  string    `export:"postal_code"`
	Origin      string    `export:"origin_hub"`
	Destination string    `export:"dest_hub"`
	WeightKg    float64   `export:"weight_kg,prec=2"`
	Volume      float64   `export:"volume_m3,prec=3"`
	Priority    int       `export:"priority"`
	BookedAt    time.Time `export:"booked_at,time=2006-01-02T15:04"`
}

// ManifestLine is a shipment placed on a truck manifest together with the
// computed leg price.
type ManifestLine struct {
	Manifest   string  `export:"manifest"`
	Carrier    string  `export:"carrier"`
	ShipmentID string  `export:"shipment_id"`
	Tracking   string  `export:"tracking"`
	Origin     string  `export:"origin"`
	Dest       string  `export:"dest"`
	DistanceKm float64 `export:"distance_km,prec=1"`
	WeightKg   float64 `export:"weight_kg,prec=2"`
	Price      float64 `export:"price"`
	Priority   int     `export:"priority"`
	Express    bool    `export:"express"`
}

func defaultHubs() []Hub {
	return []Hub{
		{"AMS", "Amsterdam", 52.37, 4.90}, {"BER", "Berlin", 52.52, 13.40},
		{"BRU", "Brussels", 50.85, 4.35}, {"CPH", "Copenhagen", 55.68, 12.57},
		{"FRA", "Frankfurt", 50.11, 8.68}, {"HAM", "Hamburg", 53.55, 9.99},
		{"LYS", "Lyon", 45.76, 4.84}, {"MAD", "Madrid", 40.42, -3.70},
		{"MIL", "Milan", 45.46, 9.19}, {"MUC", "Munich", 48.14, 11.58},
		{"PAR", "Paris", 48.86, 2.35}, {"PRG", "Prague", 50.08, 14.44},
		{"VIE", "Vienna", 48.21, 16.37}, {"WAW", "Warsaw", 52.23, 21.01},
		{"ZRH", "Zurich", 47.37, 8.54}, {"LIS", "Lisbon", 38.72, -9.14},
	}
}

func defaultCarriers() []Carrier {
	return []Carrier{
		{"NorthFreight", 18.0, 0.62, 0.11, 2400},
		{"EuroHaul", 22.5, 0.55, 0.13, 3200},
		{"SwiftLine", 30.0, 0.48, 0.19, 1200},
		{"CargoDirect", 15.0, 0.71, 0.09, 5000},
	}
}

var countries = []string{"NL", "DE", "BE", "DK", "FR", "ES", "IT", "CZ", "AT", "PL", "CH", "PT", "GB", "US"}

func postalFor(r *rand.Rand, country string) string {
	switch country {
	case "NL":
		return fmt.Sprintf("%04d %c%c", 1000+r.Intn(8999), 'A'+r.Intn(26), 'A'+r.Intn(26))
	case "GB":
		return fmt.Sprintf("%c%c%d %d%c%c", 'A'+r.Intn(26), 'A'+r.Intn(26), 1+r.Intn(9), r.Intn(10), 'A'+r.Intn(26), 'A'+r.Intn(26))
	case "PL":
		return fmt.Sprintf("%02d-%03d", r.Intn(100), r.Intn(1000))
	case "PT":
		return fmt.Sprintf("%04d-%03d", 1000+r.Intn(8999), r.Intn(1000))
	case "US":
		return fmt.Sprintf("%05d", r.Intn(100000))
	case "DK", "BE", "AT", "CH":
		return fmt.Sprintf("%04d", 1000+r.Intn(8999))
	case "CZ":
		return fmt.Sprintf("%03d %02d", 100+r.Intn(899), r.Intn(100))
	default:
		return fmt.Sprintf("%05d", r.Intn(100000))
	}
}

func generateShipments(n int, seed int64, hubs []Hub) []Shipment {
	r := rand.New(rand.NewSource(seed))
	base := time.Date(2024, 6, 11, 6, 0, 0, 0, time.UTC)
	out := make([]Shipment, 0, n)
	for i := 0; i < n; i++ {
		country := countries[r.Intn(len(countries))]
		o := hubs[r.Intn(len(hubs))]
		d := hubs[r.Intn(len(hubs))]
		for d.Code == o.Code {
			d = hubs[r.Intn(len(hubs))]
		}
		tracking := fmt.Sprintf("1Z%03X%09d", r.Intn(4096), r.Intn(1000000000))
		if r.Intn(50) == 0 {
			tracking = "PENDING"
		}
		id := fmt.Sprintf("SHP-%06d", i)
		if i > 0 && r.Intn(40) == 0 {
			// duplicate bookings from the customer portal re-submitting a form
			id = fmt.Sprintf("SHP-%06d", r.Intn(i))
		}
		out = append(out, Shipment{
			ID:          id,
			Tracking:    tracking,
			Customer:    fmt.Sprintf("CUST-%04d", r.Intn(2500)),
			Country:     country,
			PostalCode:  postalFor(r, country),
			Origin:      o.Code,
			Destination: d.Code,
			WeightKg:    0.2 + r.Float64()*r.Float64()*180,
			Volume:      0.001 + r.Float64()*0.8,
			Priority:    r.Intn(4),
			BookedAt:    base.Add(time.Duration(r.Intn(16*3600)) * time.Second),
		})
	}
	return out
}
