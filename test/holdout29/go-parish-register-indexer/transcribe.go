package main

import (
	"math/rand"
	"strconv"
	"strings"
)

// Volume is one transcribed register volume of a parish.
type Volume struct {
	Parish string
	Lines  []string
}

var parishes = []string{
	"St Mary Whitby", "St Oswald Lythe", "All Saints Pickering", "St Hilda Danby",
	"St Peter Scarborough", "St Michael Coxwold", "Holy Trinity Goodramgate", "St Helen Skipwith",
	"St Andrew Bainton", "St Germain Marske", "St Cuthbert Ormesby", "St Leonard Malton",
	"St Mary Lastingham", "St Botolph Bossall", "All Saints Hovingham", "St Nicholas Guisborough",
	"St Hilda Sherburn", "St Martin Seamer", "St John Ellerburn", "St Stephen Fylingdales",
	"St Thomas Glaisdale", "St Mary Hackness", "All Saints Kirkbymoorside", "St Chad Middlesbrough",
}

var surnameStems = []string{
	"Hartley", "Brown", "Robinson", "Thompson", "Wilson", "Atkinson", "Harland", "Storm", "Cockerill", "Pennock",
	"Leng", "Dowson", "Noddings", "Frankland", "Welburn", "Agar", "Boyes", "Coates", "Dixon", "Ellerby",
	"Featherstone", "Garbutt", "Hodgson", "Ingledew", "Jackson", "Kitching", "Lancaster", "Marwood", "Newton", "Oxley",
	"Pickering", "Raw", "Sedman", "Trattles", "Usherwood", "Verrill", "Watson", "Yeoman", "Appleby", "Barker",
	"Carr", "Duck", "Eskdale", "Fletcher", "Grainge", "Hill", "Harrison", "Jefferson", "Kirby", "Linskill",
	"Moorsom", "Nicholson", "Otterburn", "Pearson", "Readman", "Smales", "Turnbull", "Unthank", "Vasey", "Walker",
	"Allanson", "Bedlington", "Chapman", "Dobson", "Easton", "Fewster", "Gowland", "Hutchinson", "Ianson", "Jameson",
	"Kneeshaw", "Lister", "Marshall", "Norrison", "Ormston", "Peacock", "Richardson", "Stonehouse", "Tindall", "Vickerman",
	"Wardell", "Yeoman", "Aconley", "Bentley", "Calvert", "Duesbury", "Elwood", "Frank", "Gibson", "Hebron",
	"Ibbotson", "Johnson", "Knaggs", "Leadley", "Mennell", "Nellist", "Outhwaite", "Pybus", "Rountree", "Sleightholm",
	"Tyerman", "Upton", "Wray", "Ainsley", "Bulmer", "Cross", "Dale", "Eden", "Foster", "Gray",
	"Holliday", "Ireland", "Judson", "Kay", "Lund", "Mead", "Nesfield", "Oates", "Prest", "Rudd",
	"Scaife", "Teasdale", "Umpleby", "Vause", "Wetherill", "Yates", "Ayre", "Brigham", "Clough", "Danby",
	"Emmerson", "Farrow", "Gill", "Harwood", "Iveson", "Jowsey", "Keld", "Lofthouse", "Massey", "Nattrass",
}

var maleNames = []string{"William", "Wm", "John", "Jno", "Thomas", "Thos", "James", "George", "Robert", "Richard", "Matthew", "Francis", "Joseph", "Samuel", "Henry", "Christopher", "Edward", "Ralph", "Isaac", "Jonathan"}
var femaleNames = []string{"Mary", "Ann", "Elizabeth", "Eliz", "Jane", "Margaret", "Margt", "Sarah", "Hannah", "Isabella", "Alice", "Martha", "Dorothy", "Frances", "Esther", "Grace", "Ruth", "Rachel"}
var abodes = []string{"Ruswarp", "Sleights", "Aislaby", "Sneaton", "Hawsker", "Stainsacre", "Ugthorpe", "Newholm", "Egton", "Goathland", "Fylingdales", "Briggswath", "Grosmont", "town", "Bagdale", "Church Street"}
var months = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var monthsLong = []string{"January", "February", "March", "April", "May", "June", "July", "August", "Sept.", "October", "November", "December"}

// variantSpelling returns one of the spellings a clerk might have used.
func variantSpelling(rng *rand.Rand, s string) string {
	switch rng.Intn(9) {
	case 0:
		if strings.HasSuffix(s, "ey") {
			return strings.TrimSuffix(s, "ey") + "y"
		}
		return s + "e"
	case 1:
		return strings.Replace(s, "a", "e", 1)
	case 2:
		if len(s) > 4 {
			return s[:len(s)-1] + s[len(s)-1:] + s[len(s)-1:]
		}
	case 3:
		return strings.Replace(s, "o", "oa", 1)
	}
	return s
}

func formatDate(rng *rand.Rand, y, m, d int) string {
	switch rng.Intn(10) {
	case 0, 1, 2, 3, 4:
		return strconv.Itoa(d) + " " + months[m-1] + " " + strconv.Itoa(y)
	case 5, 6:
		return strconv.Itoa(d) + "th " + monthsLong[m-1] + " " + strconv.Itoa(y)
	case 7:
		return strconv.Itoa(d) + "/" + strconv.Itoa(m) + "/" + strconv.Itoa(y)
	case 8:
		return strconv.Itoa(y) + "-" + pad2(m) + "-" + pad2(d)
	default:
		if rng.Intn(4) == 0 {
			return months[m-1] + " " + strconv.Itoa(y)
		}
		return "[" + strconv.Itoa(y) + "]"
	}
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

var nextID = 100000

func line(rng *rand.Rand, kind byte, y, m, d int, given, surname, father, mother, spouseGiven, spouseSurname, abode string, folio int) string {
	nextID++
	return strings.Join([]string{string(kind), formatDate(rng, y, m, d), given, surname, father, mother,
		spouseGiven, spouseSurname, abode, "f." + strconv.Itoa(folio), strconv.Itoa(nextID)}, "|")
}

// transcribeVolume simulates the transcription of one register volume: a
// run of marriages, each followed by the baptisms of the couple's children
// and the burials of some of them.
func transcribeVolume(rng *rand.Rand, v int) Volume {
	parish := parishes[v%len(parishes)]
	startYear := 1700 + (v/len(parishes))*40
	vol := Volume{Parish: parish}
	folio := 1
	couples := 1400 + rng.Intn(200)
	// each parish has its own surname pool
	pool := make([]string, 0, 100)
	for i := 0; i < 100; i++ {
		pool = append(pool, surnameStems[(v*7+i*3+rng.Intn(3))%len(surnameStems)])
	}
	for c := 0; c < couples; c++ {
		surname := pool[rng.Intn(len(pool))]
		groom := maleNames[rng.Intn(len(maleNames))]
		bride := femaleNames[rng.Intn(len(femaleNames))]
		brideSurname := pool[rng.Intn(len(pool))]
		abode := abodes[rng.Intn(len(abodes))]
		my := startYear + rng.Intn(40)
		mm := 1 + rng.Intn(12)
		vol.Lines = append(vol.Lines, line(rng, 'M', my, mm, 1+rng.Intn(28), groom, variantSpelling(rng, surname), "", "", bride, brideSurname, abode, folio))
		children := rng.Intn(8)
		y, m := my, mm
		for k := 0; k < children; k++ {
			m += 9 + rng.Intn(26)
			y += (m - 1) / 12
			m = (m-1)%12 + 1
			var given string
			if rng.Intn(2) == 0 {
				given = maleNames[rng.Intn(len(maleNames))]
			} else {
				given = femaleNames[rng.Intn(len(femaleNames))]
			}
			vol.Lines = append(vol.Lines, line(rng, 'B', y, m, 1+rng.Intn(28), given, variantSpelling(rng, surname), groom, bride, "", "", abode, folio))
			if rng.Intn(6) == 0 {
				by := y + rng.Intn(4)
				vol.Lines = append(vol.Lines, line(rng, 'D', by, 1+rng.Intn(12), 1+rng.Intn(28), given, variantSpelling(rng, surname), groom, bride, "", "", abode, folio))
			}
		}
		if c%25 == 24 {
			folio++
		}
	}
	return vol
}
