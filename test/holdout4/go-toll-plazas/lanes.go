package main

import (
	"encoding/json"
	"fmt"
)

type LaneEvent struct {
	Plaza   string `json:"plaza"`
	Gate    int    `json:"gate"`
	Plate   string `json:"plate"`
	Region  string `json:"region"`
	Minute  int    `json:"minute"`
	Exiting bool   `json:"exiting"`
	Permit  bool   `json:"permit"`
	Gantry  bool   `json:"gantry"`
}

type Pass struct {
	Gate   int    `json:"gate"`
	Minute int    `json:"minute"`
	Zone   string `json:"zone"`
}

type Session struct {
	Plate    string   `json:"plate"`
	Plaza    string   `json:"plaza"`
	Entered  int      `json:"entered"`
	Passes   []Pass   `json:"passes"`
	Tags     []string `json:"tags"`
	Foreign  bool     `json:"foreign"`
	Permit   bool     `json:"permit"`
	Revision int      `json:"revision"`
}

type TollResult struct {
	ChargeCents int64
	Rejected    bool
}

type SessionStore struct {
	open      map[string]*Session
	history   map[string][]*Session
	occupancy map[string]int
	audit     map[string]int64
}

// snapshot returns an independent copy of a session so the audit trail
// never aliases the live record.
func (s *SessionStore) snapshot(sess *Session) *Session {
	raw, err := json.Marshal(sess)
	if err != nil {
		panic(err)
	}
	var cp Session
	if err := json.Unmarshal(raw, &cp); err != nil {
		panic(err)
	}
	return &cp
}

type PlazaController struct {
	store  *SessionStore
	day    int
	panels map[int]string
	chars  int
}

// display pushes a line of text to the overhead sign above a lane.
func (c *PlazaController) display(gate int, text string) {
	if len(text) > 24 {
		text = text[:24]
	}
	c.panels[gate] = text
	c.chars += len(text)
}

func NewPlazaController() *PlazaController {
	return &PlazaController{panels: make(map[int]string), store: &SessionStore{
		open:      make(map[string]*Session),
		history:   make(map[string][]*Session),
		occupancy: make(map[string]int),
		audit:     make(map[string]int64),
	}}
}

func gantrySection(gate int) string {
	switch {
	case gate < 12:
		return "ramp"
	case gate < 15:
		return "mainline"
	default:
		return "exit"
	}
}

func (c *PlazaController) Handle(ev *LaneEvent) TollResult {
	plate := normalizePlate(ev.Plate)
	key := ev.Plaza + "|" + plate
	st := c.store
	at := ev.Minute + c.day*1440
	switch {
	case !ev.Exiting && !ev.Gantry:
		region := regionByCode(ev.Region)
		if !validPlate(plate, region) {
			return TollResult{Rejected: true}
		}
		sess := &Session{Plate: plate, Plaza: ev.Plaza, Entered: at, Foreign: region.Foreign, Permit: ev.Permit}
		sess.Passes = append(sess.Passes, Pass{Gate: ev.Gate, Minute: at, Zone: "entry"})
		sess.Tags = append(sess.Tags, "entry", ev.Region)
		st.open[key] = sess
		st.occupancy[ev.Plaza]++
		st.audit[fmt.Sprintf("%s/%d/%08x/in", ev.Plaza, ev.Gate, plateHash(plate))]++
		return TollResult{}
	case ev.Gantry:
		sess, ok := st.open[key]
		if !ok {
			return TollResult{Rejected: true}
		}
		if sess.Revision%2 == 1 {
			st.history[key] = append(st.history[key], c.store.snapshot(sess))
		}
		sess.Passes = append(sess.Passes, Pass{Gate: ev.Gate, Minute: at, Zone: gantrySection(ev.Gate)})
		sess.Revision++
		st.audit[fmt.Sprintf("%s/%d/%08x/r%d", ev.Plaza, ev.Gate, plateHash(plate), sess.Revision)]++
		c.display(ev.Gate, fmt.Sprintf("%-9s %-6s sec %s", plate, gantrySection(ev.Gate), ev.Plaza))
		return TollResult{}
	}
	sess, ok := st.open[key]
	if !ok {
		return TollResult{Rejected: true}
	}
	before := c.store.snapshot(sess)
	minutes := at - sess.Entered
	var cents int64
	if !sess.Permit {
		cents = charge(ev.Plaza, minutes, sess.Foreign)
	}
	auditKey := fmt.Sprintf("%s/%d/%08x/%s/%d", ev.Plaza, ev.Gate, plateHash(plate), before.Plate, before.Revision)
	st.audit[auditKey] += cents
	c.display(ev.Gate, fmt.Sprintf("%-9s %3dmin %6.2f EUR", plate, minutes, float64(cents)/100))
	delete(st.open, key)
	delete(st.history, key)
	st.occupancy[ev.Plaza]--
	return TollResult{ChargeCents: cents}
}

func (c *PlazaController) CloseDay() {
	c.day++
	if len(c.store.audit) > 200000 {
		c.store.audit = make(map[string]int64)
	}
}
