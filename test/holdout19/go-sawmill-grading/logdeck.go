package main

import (
	"fmt"
	"math"
	"math/rand"
)

// Species sawn at the mill, with the Doyle-scale factor the buyers use.
var speciesList = []string{"red oak", "white oak", "hard maple", "soft maple", "black cherry", "yellow poplar", "ash", "walnut"}

// LogRecord is one log as it was scaled on the log deck before the headrig.
type LogRecord struct {
	Tag        string
	Species    string
	SmallEndIn float64
	LengthFt   int
	Supplier   string
	DoyleScale float64 // board feet predicted by the Doyle rule
	SawnBF     float64 // board feet credited from graded lumber
	GradeValue float64 // dollars credited at current price sheet
	BoardsSawn int
}

// LogDeck holds the logs of one shift in the order they were scaled.
type LogDeck struct {
	Logs []LogRecord
}

func NewLogDeck(seed int64, n int) *LogDeck {
	r := rand.New(rand.NewSource(seed))
	suppliers := []string{"Kettle Ridge Timber", "Halvorsen & Sons", "Upper Fork Logging", "Bluestem Forestry", "Marrow Creek"}
	deck := &LogDeck{Logs: make([]LogRecord, n)}
	for i := range deck.Logs {
		dia := 11 + r.Float64()*14
		length := 8 + 2*r.Intn(5)
		deck.Logs[i] = LogRecord{
			Tag:        fmt.Sprintf("LT-%02d-%05d", 40+i%7, 10000+i*3),
			Species:    speciesList[r.Intn(len(speciesList))],
			SmallEndIn: math.Round(dia*10) / 10,
			LengthFt:   length,
			Supplier:   suppliers[r.Intn(len(suppliers))],
			DoyleScale: doyle(dia, length),
		}
	}
	return deck
}

// doyle is the Doyle log rule: (D-4)^2 * L / 16.
func doyle(diaIn float64, lengthFt int) float64 {
	d := diaIn - 4
	return d * d * float64(lengthFt) / 16
}
