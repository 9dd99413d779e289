package main

// Furnace describes one gas-fired reheat furnace's thermal behaviour.
type Furnace struct {
	Name         string
	BurnerKW     float64 // net heat input at full fire
	HeatCapKJ    float64 // kJ per °C of hearth, refractory and load
	LossCoeff    float64 // kW per °C above ambient, through walls and flue
	RadCoeff     float64 // extra loss that grows with T^4 at high temperature
	SensorLagSec float64 // thermocouple time constant
	Efficiency   float64 // fraction of gas energy reaching the chamber
}

// Grade is a steel grade's reheating envelope.
type Grade struct {
	Name            string
	MaxRampCPerH    float64    // fastest permitted heating rate
	CriticalWindowC [2]float64 // range where thermal stress cracks high-alloy billets
	CriticalRamp    float64    // fastest permitted rate through that window
	ForgeC          float64    // soak temperature before forging
	MaxScaleMicrons float64    // oxidation loss the customer accepts
}

type Shop struct {
	Furnaces map[string]Furnace
	Grades   map[string]Grade
}

func DefaultShop() *Shop {
	return &Shop{
		Furnaces: map[string]Furnace{
			"rotary-hearth-1": {Name: "rotary-hearth-1", BurnerKW: 11.5, HeatCapKJ: 190, LossCoeff: 0.0052, RadCoeff: 2.1e-15, SensorLagSec: 45, Efficiency: 0.42},
			"box-2":           {Name: "box-2", BurnerKW: 7.2, HeatCapKJ: 105, LossCoeff: 0.0039, RadCoeff: 1.4e-15, SensorLagSec: 35, Efficiency: 0.38},
			"slot-lab":        {Name: "slot-lab", BurnerKW: 2.4, HeatCapKJ: 28, LossCoeff: 0.0014, RadCoeff: 0.5e-15, SensorLagSec: 20, Efficiency: 0.35},
			"car-bottom-big":  {Name: "car-bottom-big", BurnerKW: 36, HeatCapKJ: 720, LossCoeff: 0.0150, RadCoeff: 6.5e-15, SensorLagSec: 60, Efficiency: 0.48},
		},
		Grades: map[string]Grade{
			"42CrMo4":   {Name: "42CrMo4", MaxRampCPerH: 200, CriticalWindowC: [2]float64{540, 600}, CriticalRamp: 80, ForgeC: 1180, MaxScaleMicrons: 900},
			"34CrNiMo6": {Name: "34CrNiMo6", MaxRampCPerH: 150, CriticalWindowC: [2]float64{540, 600}, CriticalRamp: 60, ForgeC: 1220, MaxScaleMicrons: 1000},
			"C45":       {Name: "C45", MaxRampCPerH: 220, CriticalWindowC: [2]float64{550, 590}, CriticalRamp: 100, ForgeC: 1050, MaxScaleMicrons: 700},
			"S355":      {Name: "S355", MaxRampCPerH: 400, CriticalWindowC: [2]float64{560, 580}, CriticalRamp: 250, ForgeC: 1010, MaxScaleMicrons: 650},
		},
	}
}
