package main

type Punctuality struct {
	Trips    int
	Late     int
	DelaySum float64
	ByLine   map[string]float64
}

func (p *Punctuality) Merge(o Punctuality) {
	p.Trips += o.Trips
	p.Late += o.Late
	p.DelaySum += o.DelaySum
	if p.ByLine == nil {
		p.ByLine = make(map[string]float64)
	}
	for k, v := range o.ByLine {
		p.ByLine[k] += v
	}
}

func (p *Punctuality) MeanDelay() float64 {
	if p.Trips == 0 {
		return 0
	}
	return p.DelaySum / float64(p.Trips)
}

func (p *Punctuality) WorstLine() string {
	worst, best := "", -1.0
	for k, v := range p.ByLine {
		if v > best || (v == best && k < worst) {
			worst, best = k, v
		}
	}
	return worst
}
