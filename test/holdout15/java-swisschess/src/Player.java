package swisschess;

import java.util.ArrayList;
import java.util.List;

/** A tournament entrant and their per-event record. */
public final class Player {
    final int id;
    final String name;
    final String federation;
    int rating;
    final double strength; // hidden "true" playing strength used by the simulator
    final int gamesPlayedBefore;

    double score;
    int colourBalance; // +1 per white, -1 per black
    int lastColour;    // +1 white, -1 black, 0 none
    boolean hadBye;
    final List<Integer> opponents = new ArrayList<>();
    final List<Double> results = new ArrayList<>();
    final List<Integer> colours = new ArrayList<>();

    Player(int id, String name, String federation, int rating, double strength, int gamesPlayedBefore) {
        this.id = id;
        this.name = name;
        this.federation = federation;
        this.rating = rating;
        this.strength = strength;
        this.gamesPlayedBefore = gamesPlayedBefore;
    }

    void reset() {
        score = 0;
        colourBalance = 0;
        lastColour = 0;
        hadBye = false;
        opponents.clear();
        results.clear();
        colours.clear();
    }

    /** FIDE development coefficient. */
    int kFactor() {
        if (gamesPlayedBefore < 30) return 40;
        return rating >= 2400 ? 10 : 20;
    }
}
