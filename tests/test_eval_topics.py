"""Matching quality on every topic other than the seed's, with the claims their
users wrote (tests/fixtures/eval-*/claims). Each set's README says how it was made.
hydrogen-pipeline, rail-privatisation and carmaker-plant are the newest hold-outs,
built by helpers who never ran the matcher, scored once on committed code (0.806 /
0.781 / 0.760, 0.867 / 0.722 / 0.808, 0.900 / 0.900 / 0.889). ceasefire-talks,
antitrust-case and expo-venue are hold-outs never used to choose a word or a rule,
whose totals were seen after each session's changes (first scored at 0.882 / 0.750 /
0.600, 0.654 / 0.548 / 0.882 and 0.897 / 0.788 / 0.885). airline-strike and
climate-fund were hold-outs whose totals were seen after each change for one session
(first scored at 0.882 / 0.698 / 0.833 and 0.700 / 0.757 / 0.786), then used to find
general rules.
ev-model, fisheries-pact, launcher, trade-pact, vaccine-plant, privacy-bill,
drug-approval, desalination-plant and university-merger are older hold-outs: their
items were never read, but their totals were checked after each change for many
sessions, so they are no longer blind (the last two were first scored at 0.857 / 0.649
/ 0.875 and 0.824 / 0.824 / 0.821). nuclear-restart, pension-reform and space-probe
were scored once as hold-outs (0.632 / 0.615 / 0.875, 0.897 / 0.634 / 0.846, 0.718 /
0.848 / 0.857), then used to find general rules. The others were
looked at while developing the matcher: stadium after its first score (0.882 / 0.455 /
0.733); museum, ferry-port and rail-extension after theirs as hold-outs (0.792 / 0.704 /
0.737, 0.742 / 0.852 / 0.739, 0.704 / 0.731 / 0.842); cbdc-pilot after its score at
creation (0.562 / 0.621 / 0.944); lithium-mine and congestion-charge after theirs as
hold-outs (0.714 / 0.811 / 0.967, 0.800 / 0.541 / 1.000); data-centre and bank-merger
after their score at creation (0.667 / 0.710 / 0.818, 0.707 / 0.784 / 0.931).

The floors are the matcher's figures when they were last raised, minus one case or
so: a change that loses cases fails here; one that gains them may raise the floor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.project import FIXTURES

from tracker.claims import load_claims
from tracker.evaluation import evaluate

# set: (precision, recall, verdict accuracy) floors
FLOORS = {
    # a claim's own cue is its own even beside a nearer rival name: two false flags
    # here (the airport extension's events, worded with the opening claim's cues)
    "eval-metro-line": (0.80, 0.86, 0.96),
    "eval-chip-plant": (0.85, 0.82, 0.92),
    # precision 0.92 -> 0.89 (twenty-second session): "miss … target" is a shortfall;
    # "misses June target" (a date) now also flags the first-power claim
    "eval-wind-farm": (0.89, 0.89, 0.96),
    "eval-hospital": (0.84, 0.78, 0.86),
    "eval-acquisition": (0.76, 0.97, 0.86),
    "eval-night-train": (0.91, 0.64, 0.95),
    "eval-stadium": (0.90, 0.81, 0.85),
    "eval-museum": (0.81, 0.66, 0.84),
    "eval-ferry-port": (0.75, 0.81, 0.82),
    "eval-rail-extension": (0.75, 0.84, 0.86),
    "eval-cbdc-pilot": (0.65, 0.68, 0.90),
    "eval-lithium-mine": (0.78, 0.86, 0.93),
    # recall 0.59 -> 0.65, verdicts 0.95 -> 0.91 (eleventh session): French items that
    # leave out the city (omitted.py) are found; one court ruling among them reads as a stop
    "eval-congestion-charge": (0.88, 0.65, 0.91),
    "eval-data-centre": (0.66, 0.70, 0.91),
    "eval-bank-merger": (0.76, 0.86, 0.90),
    "eval-nuclear-restart": (0.70, 0.79, 0.93),
    "eval-pension-reform": (0.87, 0.70, 0.83),
    "eval-space-probe": (0.81, 0.81, 0.96),
    # hold-outs
    "eval-ev-model": (0.85, 0.72, 0.88),
    "eval-fisheries-pact": (0.82, 0.79, 0.87),
    "eval-launcher": (0.83, 0.92, 0.96),
    "eval-trade-pact": (0.75, 0.78, 0.86),
    "eval-vaccine-plant": (0.81, 0.93, 0.92),
    # precision 0.91 -> 0.86 (twenty-fourth session): for a state claim a change
    # considered is a threat (rule 7), and a mayor's wish to test what the ban forbids
    # now reads so
    "eval-privacy-bill": (0.86, 0.67, 0.95),
    "eval-drug-approval": (0.84, 0.82, 0.75),
    # recall 0.70 -> 0.67 (tenth session): "before" reads as a preview, as "avant" does;
    # the update lost came from "before voting on its grant" (the vote not yet held)
    "eval-desalination-plant": (0.83, 0.67, 0.92),
    "eval-university-merger": (0.85, 0.82, 0.82),
    # looked at from 2026-12-02 (hold-outs before)
    "eval-airline-strike": (0.86, 0.76, 0.88),
    "eval-climate-fund": (0.70, 0.75, 0.76),
    # hold-outs built 2026-12-02, totals seen after each session's changes
    "eval-ceasefire-talks": (0.85, 0.72, 0.63),
    "eval-antitrust-case": (0.65, 0.54, 0.85),
    "eval-expo-venue": (0.86, 0.75, 0.84),
    # the newest hold-outs (built 2026-12-02, third session; totals only)
    "eval-hydrogen-pipeline": (0.77, 0.75, 0.72),
    "eval-rail-privatisation": (0.83, 0.69, 0.76),
    "eval-carmaker-plant": (0.86, 0.86, 0.85),
    # probe rounds twelve and thirteen (eleventh session): scored before any item was
    # read, then used to find general rules
    "eval-snap-election": (0.66, 0.72, 0.95),
    "eval-steelworks": (0.72, 0.60, 0.76),
    "eval-climbing-fee": (0.72, 0.67, 0.78),
    "eval-broadcaster": (0.66, 0.54, 0.90),
    "eval-rice-prices": (0.85, 0.72, 0.68),
    # probe rounds fourteen and fifteen (twelfth session): scored before any item was
    # read, then used to find general rules
    "eval-wolf-plan": (0.85, 0.75, 0.83),
    "eval-rate-path": (0.85, 0.82, 0.75),
    "eval-line-reopening": (0.81, 0.50, 0.78),
    "eval-club-takeover": (0.61, 0.55, 0.84),
    "eval-lodging-tax": (0.66, 0.73, 0.79),
    # probe round sixteen (thirteenth session): scored at the session's start before
    # any item was read, then used to find general rules
    "eval-ski-resort": (0.61, 0.56, 0.96),
    "eval-school-merger": (0.64, 0.56, 0.72),
    "eval-water-utility": (0.82, 0.84, 0.82),
    # probe round seventeen (fourteenth session): the same
    "eval-digital-id": (0.58, 0.46, 0.95),
    "eval-vineyard-aid": (0.67, 0.65, 0.85),
    "eval-typhoon-rebuild": (0.75, 0.71, 0.80),
    # probe round eighteen (fourteenth session): scored before any item was read at the
    # session's start and at the commit its claim writers used, then kept for development
    "eval-artefact-return": (0.60, 0.64, 0.95),
    "eval-water-restrictions": (0.76, 0.65, 0.68),
    "eval-ceo-succession": (0.74, 0.81, 0.86),
    # probe round nineteen (fourteenth session): claims written against the session's
    # end code, scored before any item was read, then kept for development
    "eval-satellite-network": (0.74, 0.85, 0.86),
    "eval-music-festival": (0.61, 0.68, 0.73),
    "eval-shipyard-orders": (0.66, 0.61, 0.74),
    # probe round twenty (fifteenth session): claims written against the session's
    # start code, scored before any item was read, then kept for development
    "eval-teachers-pay": (0.69, 0.53, 0.70),
    "eval-parc-national": (0.82, 0.47, 0.69),
    "eval-runway-expansion": (0.50, 0.61, 0.85),
    # probe round twenty-one (fifteenth session): claims written against 5982708,
    # scored before any item was read at the start, at that commit and at the end
    "eval-bike-share": (0.68, 0.73, 0.86),
    "eval-maternite": (0.73, 0.62, 0.65),
    "eval-town-merger": (0.65, 0.68, 0.87),
    # probe round twenty-two (sixteenth session): claims written against the session's
    # start code (aed9d79), scored before any item was read, then kept for development
    "eval-coal-closure": (0.65, 0.67, 0.86),
    "eval-dairy-coop": (0.80, 0.71, 0.79),
    "eval-theme-park": (0.71, 0.65, 0.76),
    # probe round twenty-three (sixteenth session): claims written against e76c8b7,
    # scored before any item was read, then kept for development
    "eval-library-cuts": (0.72, 0.65, 0.80),
    "eval-cable-car": (0.51, 0.64, 0.89),
    "eval-chiho-airline": (0.73, 0.76, 0.91),
    # probe round twenty-four (sixteenth session): claims written against 4dc5cb8,
    # scored before any item was read, then kept for development
    "eval-flood-barrier": (0.55, 0.62, 0.67),
    "eval-airport-privatisation": (0.66, 0.59, 0.86),
    "eval-rail-to-brt": (0.68, 0.65, 0.79),
    # probe round twenty-five (seventeenth session): claims written against 12a9f93,
    # scored before any item was read, then kept for development
    "eval-bus-fleet": (0.92, 0.85, 0.91),
    "eval-fibre-rollout": (0.83, 0.68, 0.78),
    "eval-arena-bid": (0.83, 0.73, 0.80),
    # probe round twenty-six (seventeenth session): claims written against 0897d27,
    # scored before any item was read, then kept for development
    "eval-ferry-electric": (0.82, 0.66, 0.72),
    "eval-vin-appellation": (0.69, 0.57, 0.85),
    "eval-onsen-tax": (0.87, 0.77, 0.94),
    # probe round twenty-seven (eighteenth session): claims written against d903f67,
    # scored before any item was read, then kept for development
    "eval-offshore-licensing": (0.76, 0.79, 0.91),
    "eval-raffinerie": (0.75, 0.58, 0.92),
    "eval-gomi-shisetsu": (0.75, 0.38, 0.86),
    # probe round twenty-eight (eighteenth session): claims written against 0b7e914,
    # scored before any item was read, then kept for development
    "eval-cruise-cap": (0.66, 0.57, 0.79),
    # recall 0.72 -> 0.70 (twenty-first session): a decision dated ahead is still to
    # come; 政府判断は9月に (the ruling due in September) was labelled a timing update
    "eval-mine-tungstene": (0.82, 0.67, 0.82),
    "eval-suizokukan": (0.62, 0.65, 0.80),
    # probe round twenty-nine (eighteenth session): claims written against 9441f1e,
    # scored before any item was read, then kept for development
    "eval-heat-network": (0.68, 0.65, 0.77),
    "eval-festival-cinema": (0.50, 0.46, 0.71),
    "eval-shiei-bus": (0.61, 0.60, 0.82),
    # probe round thirty (eighteenth session): claims written against d2e31d2, scored
    # before any item was read, then kept for development
    "eval-harbour-dredging": (0.59, 0.65, 0.81),
    "eval-tramway-nord": (0.56, 0.72, 0.89),
    "eval-kominka-hotel": (0.63, 0.58, 0.79),
    # probe round thirty-one (nineteenth session): claims written against 1bebca1,
    # scored before any item was read, then kept for development
    "eval-postal-ipo": (0.61, 0.66, 0.84),
    "eval-gigafactory": (0.72, 0.77, 0.90),
    "eval-kaku-gomi": (0.66, 0.50, 0.76),
    # probe round thirty-two (nineteenth session): claims written against 7a8eccb,
    # scored before any item was read, then kept for development
    "eval-bank-branches": (0.51, 0.42, 0.85),
    "eval-centre-aquatique": (0.57, 0.57, 0.91),
    "eval-dam-project": (0.76, 0.65, 0.92),
    # probe round thirty-three (nineteenth session): claims written against 9f540b7,
    # scored before any item was read, then kept for development
    "eval-panda-loan": (0.66, 0.70, 0.89),
    "eval-pietonnisation": (0.70, 0.31, 0.73),
    "eval-furusato-nozei": (0.73, 0.64, 0.76),
    # probe round thirty-four (nineteenth session): claims written against 7e78d18,
    # scored before any item was read, then kept for development
    "eval-vape-ban": (0.81, 0.61, 0.82),
    "eval-carte-scolaire": (0.70, 0.61, 0.74),
    "eval-arcade": (0.68, 0.50, 0.86),
    # probe round thirty-five (twentieth session): claims written against fa4b7dc,
    # scored before any item was read, then kept for development
    "eval-four-day-week": (0.69, 0.64, 0.89),
    "eval-fonderie-reprise": (0.60, 0.64, 0.76),
    "eval-hanabi-taikai": (0.85, 0.44, 0.77),
    # probe round thirty-six (twentieth session): claims written against 8872ec0,
    # scored before any item was read, then kept for development
    "eval-medical-school": (0.65, 0.69, 0.67),
    "eval-contournement": (0.67, 0.70, 0.90),
    "eval-shin-chosha": (0.55, 0.51, 0.90),
    # probe round thirty-seven (twentieth session): claims written against 8dc595e,
    # scored before any item was read, then kept for development
    "eval-lottery-licence": (0.61, 0.48, 0.72),
    # recall 0.65 -> 0.60 (twenty-first session): works begun are the works claim's
    # news, not the opening's; two later phases it read as the start went with them
    # verdicts 0.79: a top-up vote's "approved an extra €6 million, raising the programme"
    # reads as the budget vote confirmed since a figure raised beside a decision is part
    # of it (twenty-third session; labellers call a later vote an update, rule 5)
    "eval-nouveau-lycee": (0.60, 0.58, 0.79),
    "eval-ir-yuchi": (0.73, 0.76, 0.96),
    # probe round thirty-eight (twentieth session): claims written against 3757453,
    # scored before any item was read, then kept for development
    "eval-league-expansion": (0.64, 0.54, 0.80),
    "eval-solaire-flottant": (0.72, 0.57, 0.84),
    "eval-romen-densha": (0.79, 0.56, 0.78),
    # probe round thirty-nine (twenty-first session): claims written against 98bb165,
    # scored before any item was read, then kept for development
    "eval-deposit-return": (0.58, 0.76, 0.90),
    "eval-halles-renovation": (0.61, 0.63, 0.88),
    "eval-jido-unten-bus": (0.57, 0.61, 0.71),
    # probe round forty (twenty-second session): claims written against 5cb3bbd,
    # scored before any item was read, then kept for development
    "eval-sugar-levy": (0.68, 0.84, 0.82),
    "eval-barrage-effacement": (0.72, 0.76, 0.81),
    "eval-kyushoku-muryo": (0.65, 0.68, 0.85),
    # probe round forty-one (twenty-second session): claims written against e3f8694,
    # scored before any item was read, then kept for development
    "eval-census-online": (0.52, 0.65, 0.96),
    "eval-zfe-metropole": (0.73, 0.62, 0.75),
    "eval-chiiki-tsuka": (0.79, 0.79, 0.87),
    # probe round forty-two (twenty-second session): claims written against 3c3875f,
    # scored before any item was read, then kept for development
    "eval-housing-retrofit": (0.73, 0.82, 0.76),
    "eval-maison-sante": (0.65, 0.52, 0.86),
    "eval-michi-no-eki": (0.63, 0.62, 0.79),
    # probe round forty-three (twenty-third session): claims written against c94ab98,
    # scored before any item was read, then kept for development
    "eval-managed-retreat": (0.8, 0.82, 0.8),
    "eval-recyclerie-quartier": (0.68, 0.84, 0.89),
    "eval-sento-fukkatsu": (0.65, 0.72, 0.96),
    # probe round forty-four (twenty-third session): claims written against 7564573,
    # scored before any item was read, then kept for development
    "eval-port-cranes": (0.8, 0.78, 0.87),
    "eval-foret-communale": (0.79, 0.73, 0.68),
    "eval-shobo-kouiki": (0.73, 0.56, 0.88),
    # probe round forty-five (twenty-third session): claims written against d2ac1a1,
    # scored before any item was read, then kept for development
    "eval-night-flights": (0.73, 0.67, 0.76),
    "eval-cantine-bio": (0.73, 0.73, 0.8),
    "eval-gyoko-ichiba": (0.59, 0.57, 0.7),
    # probe round forty-six (twenty-fourth session): claims written against 3ed5af1,
    # scored before any item was read, then kept for development
    "eval-canal-restoration": (0.83, 0.65, 0.96),
    "eval-navette-fluviale": (0.83, 0.83, 0.84),
    "eval-akiya-bank": (0.64, 0.85, 0.94),
    # probe round forty-seven (twenty-fourth session): claims written against 7068afd,
    # scored before any item was read, then kept for development
    "eval-community-solar": (0.71, 0.73, 0.82),
    "eval-refuge-montagne": (0.64, 0.71, 0.89),
    "eval-jinja-saiken": (0.84, 0.71, 0.85),
    # probe round forty-eight (twenty-fifth session): claims written against 4fa6cf0,
    # scored before any item was read, then kept for development
    "eval-tidal-lagoon": (0.71, 0.84, 0.84),
    "eval-station-epuration": (0.63, 0.63, 0.8),
    "eval-toshokan-fukugo": (0.64, 0.64, 0.8),
    # probe round forty-nine (twenty-fifth session): claims written against e456509,
    # scored before any item was read, then kept for development
    "eval-hospital-parking": (0.72, 0.89, 0.8),
    "eval-velodrome": (0.65, 0.64, 0.92),
    "eval-kosodate-teate": (0.8, 0.53, 0.91),
    # probe round fifty (twenty-fifth session): claims written against c904a71, scored
    # before any item was read, then kept for development
    "eval-ferry-strike": (0.72, 0.52, 0.76),
    "eval-marche-noel": (0.62, 0.65, 0.75),
    "eval-dam-sediment": (0.68, 0.72, 0.78),
    # probe round fifty-one (twenty-sixth session): claims written against d3304d4,
    # scored before any item was read, then kept for development
    "eval-zoo-elephants": (0.75, 0.82, 0.68),
    "eval-bassines-agricoles": (0.63, 0.78, 0.85),
    "eval-koen-pfi": (0.72, 0.83, 0.88),
    # probe round fifty-two (twenty-sixth session): claims written against 2c3f9f9,
    # scored before any item was read, then kept for development
    "eval-coastal-path": (0.62, 0.69, 0.87),
    "eval-festival-bd": (0.73, 0.53, 0.8),
    "eval-doro-kanbotsu": (0.82, 0.8, 0.75),
    # probe round fifty-three (twenty-sixth session): claims written against 05d319b,
    # scored before any item was read, then kept for development
    "eval-county-orchestra": (0.8, 0.8, 0.84),
    "eval-bibliotheque-horaires": (0.59, 0.54, 0.7),
    "eval-kaisui-yoku": (0.7, 0.8, 0.8),
    # probe round fifty-four (twenty-seventh session): claims written against 2aa9b80,
    # scored before any item was read (at the start and at cff8080), then kept
    "eval-cricket-ground": (0.67, 0.72, 0.75),
    "eval-abattoir-mobile": (0.8, 0.62, 0.96),
    "eval-kuma-taisaku": (0.9, 0.75, 0.87),
    "eval-lifeboat-station": (0.74, 0.76, 0.8),
    "eval-pont-suspendu": (0.7, 0.8, 0.88),
    "eval-kaigo-shisetsu": (0.81, 0.75, 0.77),
    # probe round fifty-six (twenty-ninth session): claims written against 4b329d1,
    # scored before any item was read (at the start and at ff646ef), then kept
    "eval-grid-battery": (0.74, 0.65, 0.85),
    "eval-gratuite-transports": (0.7, 0.71, 0.82),
    "eval-haiko-katsuyo": (0.68, 0.78, 0.67),
    # probe round fifty-seven (thirtieth session): claims written against 19556f5,
    # scored before any item was read (at the start and at 5e46190), then kept
    "eval-bridge-toll": (0.68, 0.74, 0.93),
    "eval-voie-verte": (0.82, 0.74, 0.86),
    "eval-ekimae-saikaihatsu": (0.77, 0.77, 0.82),
    # probe round fifty-eight (thirty-first session): claims written against 0e6c842,
    # scored before any item was read (at the start and at 0a2a6b0), then kept
    "eval-holiday-lets": (0.84, 0.8, 0.85),
    "eval-aire-marine": (0.7, 0.88, 0.68),
    "eval-tenshu-fukugen": (0.7, 0.75, 0.84),
    # probe round fifty-nine (thirty-second session): claims written against 7ea06ed,
    # scored before any item was read, then read and kept for development
    "eval-toy-recall": (0.79, 0.75, 0.62),
    "eval-vaccination-hpv": (0.61, 0.69, 0.87),
    "eval-chinetsu-hatsuden": (0.63, 0.66, 0.88),
    # probe round sixty (thirty-second session): claims written against be49cf5,
    # scored before any item was read; its items unread, totals seen
    "eval-ai-institute": (0.88, 0.59, 0.82),
    "eval-cathedrale-fleche": (0.80, 0.65, 0.79),
    "eval-doctor-heli": (0.86, 0.76, 0.93),
    # probe round sixty-one (thirty-third session): claims written against 9d072c2,
    # scored before any item was read, then read and kept for development
    "eval-bison-return": (0.79, 0.68, 0.91),
    "eval-grand-depart": (0.69, 0.72, 0.66),
    "eval-bukatsu-chiiki": (0.71, 0.75, 0.89),
    # probe round sixty-two (thirty-third session): claims written against 7fe5abc,
    # scored before any item was read, then read and kept for development
    "eval-saturday-post": (0.85, 0.65, 0.86),
    "eval-methaniseur": (0.74, 0.55, 0.88),
    "eval-sakagura-saiken": (0.72, 0.47, 0.94),
    # probe round sixty-three (thirty-third session): claims written against 43c3ce1,
    # scored before any item was read; its items unread, totals seen
    "eval-water-recycling": (0.89, 0.82, 0.71),
    "eval-cinema-quartier": (0.76, 0.82, 0.82),
    "eval-community-bus": (0.75, 0.71, 0.75),
    # probe round sixty-four (thirty-fourth session): claims written against 35c8b8d,
    # scored before any item was read, then read and kept for development
    "eval-timed-entry": (0.76, 0.70, 0.96),
    "eval-centre-penitentiaire": (0.70, 0.66, 0.91),
    "eval-suido-ryokin": (0.73, 0.53, 0.73),
    # probe round sixty-five (thirty-fourth session): claims written against 5579093,
    # scored before any item was read, then read and kept for development
    "eval-island-air-route": (0.76, 0.70, 0.86),
    "eval-extinction-eclairage": (0.82, 0.64, 0.88),
    "eval-meimeiken": (0.83, 0.51, 0.84),
    # probe round sixty-six (thirty-fifth session): claims written against 7f1e2ab,
    # scored before any item was read, then read and kept for development
    "eval-escooter-trial": (0.80, 0.66, 0.68),
    "eval-police-intercommunale": (0.80, 0.79, 0.84),
    "eval-drone-haisou": (0.73, 0.68, 0.89),
    # probe round sixty-seven (thirty-fifth session): claims written against 8e86f1f,
    # scored before any item was read, then read and kept for development
    "eval-office-conversion": (0.75, 0.65, 0.84),
    "eval-pole-echanges": (0.72, 0.79, 0.96),
    "eval-teijisei-haishi": (0.60, 0.53, 0.72),
    # probe round sixty-eight (thirty-fifth session): claims written against 22cc6d2,
    # scored before any item was read, then read and kept for development
    "eval-late-licences": (0.78, 0.55, 0.92),
    "eval-caserne-reconversion": (0.79, 0.73, 0.87),
    "eval-rikujo-yoshoku": (0.67, 0.77, 0.75),
    # probe round sixty-nine (thirty-sixth session): claims written against 2a62771,
    # scored before any item was read, then read and kept for development
    "eval-street-trees": (0.75, 0.69, 0.90),
    "eval-recyclage-batteries": (0.69, 0.68, 0.83),
    "eval-kyogakuka": (0.57, 0.52, 0.69),
    # probe round seventy (thirty-sixth session): claims written against 2311f52,
    # scored before any item was read, then read and kept for development
    "eval-new-banknotes": (0.84, 0.51, 0.91),
    "eval-ecole-relocalisation": (0.88, 0.75, 0.90),
    "eval-ritou-shinryojo": (0.79, 0.60, 0.75),
    # probe round seventy-one (thirty-sixth session): claims written against c663d32,
    # scored before any item was read, then read and kept for development
    "eval-voting-age": (0.63, 0.57, 0.86),
    "eval-capitale-culture": (0.70, 0.47, 0.72),
    "eval-partnership-seido": (0.73, 0.65, 0.61),
    # probe round seventy-two (thirty-seventh session): claims written against 9300c7d,
    # scored before any item was read, then read and kept for development
    "eval-smoke-free-generation": (0.86, 0.62, 0.73),
    "eval-fusion-departements": (0.65, 0.66, 0.88),
    "eval-shinkansen-shineki": (0.76, 0.60, 0.90),
    # probe round seventy-three (thirty-seventh session): claims written against 8cd9f27,
    # scored before any item was read, then read and kept for development
    "eval-salary-cap": (0.66, 0.55, 0.82),
    "eval-semaine-quatre-jours": (0.78, 0.52, 0.88),
    "eval-gomi-yuryoka": (0.68, 0.55, 0.80),
    # probe round seventy-four (thirty-eighth session): claims written against 14b9161,
    # scored before any item was read, then read and kept for development
    "eval-phone-ban": (0.57, 0.65, 0.74),
    "eval-chateau-hotel": (0.70, 0.71, 0.94),
    "eval-suiei-itaku": (0.81, 0.56, 0.82),
    # probe round seventy-five (thirty-eighth session): claims written against 0d4dd8b,
    # scored before any item was read, then read and kept for development
    "eval-free-tuition": (0.70, 0.51, 0.81),
    "eval-papeterie-scop": (0.68, 0.85, 0.68),
    "eval-koyosha-ev": (0.57, 0.65, 0.76),
    # probe round seventy-six (thirty-ninth session): claims written against 708d98c,
    # scored before any item was read, then read and kept for development
    "eval-pharmacy-chain": (0.81, 0.83, 0.91),
    "eval-urgences-nuit": (0.76, 0.63, 0.70),
    "eval-shiei-jutaku": (0.66, 0.50, 0.92),
    # probe round seventy-seven (thirty-ninth session): claims written against 38bf339,
    # scored before any item was read, then read and kept for development
    "eval-newspaper-archive": (0.80, 0.71, 0.79),
    "eval-limitation-80": (0.66, 0.63, 0.83),
    "eval-jumokuso": (0.70, 0.68, 0.68),
    # probe round seventy-eight (fortieth session): claims written against 830fac9,
    # scored before any item was read, then read and kept for development
    "eval-fluoridation": (0.67, 0.67, 0.90),
    "eval-port-plaisance": (0.79, 0.73, 0.82),
    "eval-meimeiken-yukihara": (0.71, 0.48, 0.80),
    # probe round seventy-nine (fortieth session): claims written against f2d4455,
    # scored before any item was read, then read and kept for development
    "eval-surgical-hub": (0.80, 0.62, 0.76),
    "eval-transport-demande": (0.70, 0.51, 0.86),
    "eval-tunnel-muryoka": (0.56, 0.58, 0.92),
    # probe round eighty (fortieth session): claims written against bb56855, scored
    # before any item was read, then read and kept for development
    "eval-island-buyout": (0.77, 0.53, 0.80),
    "eval-fromagerie-reprise": (0.88, 0.81, 0.75),
    "eval-ekisha-kanko": (0.76, 0.80, 0.66),
    # probe round eighty-one (fortieth session): claims written against 86b4687, scored
    # before any item was read, then read and kept for development
    "eval-bag-ban": (0.87, 0.59, 0.82),
    "eval-reserve-marais": (0.88, 0.68, 0.87),
    "eval-suiei-itaku-hamanose": (0.65, 0.72, 0.70),
    # probe round eighty-two (forty-first session): claims written against d6b102f,
    # scored before any item was read, then read and kept for development
    # recall 0.60 -> 0.58 (forty-eighth session): "Crews break ground on Clear Tap lead
    # line replacements" was right by "Clear" in the programme's name, read as approved
    "eval-lead-lines": (0.65, 0.58, 0.73),
    "eval-min-demenagement": (0.82, 0.63, 0.76),
    "eval-hoikusho-minka": (0.70, 0.57, 0.86),
    # probe round eighty-three (forty-first session): claims written against 1c0d2fc,
    # scored before any item was read, then read and kept for development
    "eval-minimum-wage": (0.63, 0.52, 0.92),
    "eval-videoprotection": (0.68, 0.63, 0.82),
    "eval-byoin-togo": (0.71, 0.52, 0.85),
    # probe round eighty-four (forty-first session): claims written against ef2cd2d,
    # scored before any item was read, then read and kept for development
    "eval-quarry-park": (0.96, 0.55, 0.88),
    "eval-regie-transports": (0.70, 0.57, 0.81),
    "eval-torokko-fukkatsu": (0.75, 0.65, 0.81),
    # probe round eighty-five (forty-second session): claims written against 3712411,
    # scored before any item was read, then read and kept for development
    "eval-clock-change": (0.64, 0.52, 0.78),
    "eval-epicerie-communale": (0.67, 0.50, 0.85),
    "eval-gotouchi-number": (0.80, 0.61, 0.88),
    # probe round eighty-six (forty-second session): claims written against be8a7d4,
    # scored before any item was read, then read and kept for development
    "eval-golf-course-homes": (0.65, 0.62, 0.80),
    "eval-mutuelle-communale": (0.77, 0.52, 0.80),
    "eval-yakan-chugaku": (0.73, 0.46, 0.80),
    # probe round eighty-seven (forty-second session): claims written against 53fff26,
    # scored before any item was read; its items unread, totals seen
    "eval-crematorium": (0.70, 0.55, 0.76),
    "eval-ferme-departementale": (0.80, 0.40, 0.82),
    "eval-community-fm": (0.82, 0.32, 0.86),
    # probe round eighty-eight (forty-third session): claims written against 4207df7,
    # scored before any item was read, then read and kept for development
    "eval-lido": (0.69, 0.82, 0.81),
    "eval-encadrement-loyers": (0.66, 0.70, 0.85),
    "eval-nihonban-rideshare": (0.67, 0.41, 0.86),
    # probe round eighty-nine (forty-third session): claims written against b96d379,
    # scored before any item was read; its items unread, totals seen
    "eval-parking-levy": (0.82, 0.58, 0.79),
    "eval-budget-participatif": (0.44, 0.23, 0.76),
    "eval-onsen-joto": (0.62, 0.56, 0.84),
    # probe round ninety (forty-fourth session): claims written against 0466b5c,
    # scored before any item was read, then read and kept for development
    "eval-food-waste": (0.68, 0.54, 0.90),
    "eval-covoiturage-express": (0.61, 0.68, 0.81),
    "eval-okunai-asobiba": (0.65, 0.53, 0.95),
    # probe round ninety-one (forty-fourth session): claims written against 955e337,
    # scored before any item was read; its items unread, totals seen
    "eval-cat-curfew": (0.88, 0.57, 0.82),
    "eval-creche-horaires": (0.74, 0.67, 0.90),
    "eval-ido-hanbai": (0.78, 0.65, 0.88),
    # probe round ninety-two (forty-fifth session): claims written against 2f6c6ce,
    # scored before any item was read, then read and kept for development
    "eval-state-park-depot": (0.89, 0.60, 0.84),
    "eval-col-sans-voitures": (0.75, 0.46, 0.86),
    "eval-kakanai-madoguchi": (0.77, 0.47, 0.66),
    # probe round ninety-three (forty-fifth session): claims written against 6ebcbcd,
    # scored before any item was read; its items unread, totals seen
    "eval-animal-shelter": (0.74, 0.76, 0.66),
    "eval-cabines-teleconsultation": (0.66, 0.18, 0.88),
    "eval-koei-juku": (0.66, 0.64, 0.87),
    # probe round ninety-four (forty-sixth session): claims written against 15056fc,
    # scored before any item was read, then read and kept for development
    "eval-leaf-blower-ban": (0.73, 0.42, 0.80),
    "eval-dab-communal": (0.78, 0.55, 0.86),
    "eval-mudenchuka": (0.85, 0.60, 0.92),
    # probe round ninety-five (forty-sixth session): claims written against d4fefb1,
    # scored before any item was read, then read and kept for development
    "eval-dispatch-merger": (0.86, 0.47, 0.90),
    "eval-commerces-vacants": (0.77, 0.48, 0.90),
    "eval-kodomoen-saihen": (0.62, 0.55, 0.85),
    # probe round ninety-six (forty-sixth session): claims written against 0b70bad,
    # scored before any item was read; its items unread, totals seen
    "eval-two-way-streets": (0.80, 0.58, 0.80),
    "eval-biodechets": (0.71, 0.64, 0.85),
    "eval-jumokuso-hibarino": (0.68, 0.54, 0.80),
    # probe round ninety-seven (forty-sixth session): claims written against 4b7f0dd,
    # scored before any item was read; its items unread, totals seen
    "eval-drive-through-ban": (0.63, 0.55, 0.86),
    "eval-antenne-relais": (0.81, 0.46, 0.91),
    "eval-shobodan": (0.74, 0.55, 0.80),
    # probe round ninety-eight (forty-seventh session): claims written against ea47b1d,
    # scored before any item was read, then read and kept for development
    "eval-school-start-times": (0.72, 0.53, 0.81),
    "eval-eglise-reconversion": (0.68, 0.39, 0.87),
    "eval-gakudo-taiki": (0.73, 0.52, 0.80),
    # probe round ninety-nine (forty-seventh session): claims written against 4c8adca,
    # scored before any item was read, then read and kept for development
    "eval-rail-greenway": (0.76, 0.43, 0.82),
    "eval-station-quatre-saisons": (0.73, 0.65, 0.80),
    "eval-enno-shukuhaku": (0.71, 0.60, 0.95),
    # probe round one hundred (forty-seventh session): claims written against 721ffdc,
    # scored before any item was read, then read and kept for development
    "eval-shark-drones": (0.64, 0.52, 0.90),
    "eval-france-services-gare": (0.68, 0.59, 0.78),
    "eval-kyodo-yokujo": (0.64, 0.42, 0.89),
    # probe round one hundred and one (forty-seventh session): claims written against
    # c81762c, scored before any item was read; its items unread, totals seen
    "eval-parkade-housing": (0.88, 0.72, 0.90),
    "eval-dune-relocalisation": (0.78, 0.61, 0.69),
    "eval-yakan-hoiku": (0.63, 0.45, 0.75),
    # probe round one hundred and two (forty-eighth session): claims written against
    # 38adc49, scored before any item was read, then read and kept for development
    "eval-farm-repair-law": (0.79, 0.44, 0.75),
    "eval-thermes-reouverture": (0.65, 0.59, 0.88),
    "eval-gibier-shisetsu": (0.76, 0.78, 0.96),
    # probe round one hundred and three (forty-eighth session): claims written against
    # 6a84d16, scored before any item was read; its items unread, totals seen
    "eval-mall-campus": (0.81, 0.66, 0.88),
    "eval-passerelle-gare": (0.84, 0.60, 0.71),
    "eval-kyushoku-center": (0.80, 0.58, 0.77),
    # probe round one hundred and four (forty-ninth session): claims written against
    # 5642429, scored before any item was read, then read and kept for development
    "eval-creek-daylighting": (0.75, 0.61, 0.92),
    "eval-regie-funeraire": (0.84, 0.52, 0.77),
    "eval-koko-togo": (0.78, 0.52, 0.78),
    # probe round one hundred and five (forty-ninth session): claims written against
    # 0489865, scored before any item was read; its items unread, totals seen
    "eval-wildlife-overpass": (0.72, 0.64, 0.88),
    "eval-moustique-tigre": (0.72, 0.57, 0.88),
    "eval-bijutsukan-kaishu": (0.88, 0.42, 0.68),
    # probe round one hundred and six (fiftieth session): claims written against
    # 38ad3b1, scored before any item was read, then read and kept for development
    "eval-navigation-center": (0.80, 0.61, 0.88),
    "eval-bac-loire": (0.73, 0.47, 0.88),
    "eval-toshokan-shitei": (0.88, 0.69, 0.91),
    # probe round one hundred and seven (fiftieth session): claims written against
    # 4be4347, scored before any item was read; its items unread, totals seen
    "eval-recycling-centre": (0.84, 0.61, 0.86),
    "eval-ferme-urbaine-toit": (0.78, 0.62, 0.91),
    "eval-chiisana-kyoten": (0.72, 0.51, 0.84),
    # probe round one hundred and eight (fiftieth session): claims written against
    # e6e2653, scored before any item was read, then read and kept for development
    "eval-hybrid-ferries": (0.70, 0.59, 0.95),
    "eval-centre-sante-intercommunal": (0.70, 0.63, 0.84),
    "eval-sakka-stadium": (0.64, 0.47, 0.88),
    # probe round one hundred and nine (fiftieth session): claims written against
    # 3d171c0, scored before any item was read; its items unread, totals seen
    "eval-heritage-rail": (0.73, 0.35, 0.80),
    "eval-caserne-tiers-lieu": (0.84, 0.55, 0.90),
    "eval-saijo-kyodo": (0.71, 0.53, 0.83),
    # probe round one hundred and ten (fifty-first session): claims written against
    # a712a26, scored before any item was read, then read and kept for development
    "eval-digital-tower": (0.71, 0.62, 0.79),
    "eval-moulin-hydro": (0.68, 0.50, 0.80),
    "eval-koko-ryo": (0.92, 0.56, 0.87),
    # probe round one hundred and eleven (fifty-first session): claims written against
    # d022954, scored before any item was read; its items unread, totals seen
    "eval-gas-hookup-ban": (0.66, 0.30, 0.76),
    "eval-radar-troncon": (0.82, 0.51, 0.85),
    "eval-iryoteki-care": (0.74, 0.52, 0.83),
    # probe round one hundred and twelve (fifty-first session): claims written against
    # 75a2aea, scored before any item was read, then read and kept for development
    "eval-music-department": (0.74, 0.72, 0.62),
    "eval-tarification-eau": (0.85, 0.47, 0.92),
    "eval-camping-sonei": (0.59, 0.57, 0.78),
    # probe round one hundred and thirteen (fifty-first session): claims written against
    # c659b64, scored before any item was read; its items unread, totals seen
    "eval-beaver-release": (0.57, 0.57, 0.76),
    "eval-centre-dentaire": (0.80, 0.36, 0.94),
    "eval-koshu-toilet": (0.57, 0.53, 0.75),
    # probe round one hundred and fourteen (fifty-second session): claims written against
    # bcacb55, scored before any item was read, then read and kept for development
    "eval-basic-income": (0.58, 0.27, 0.73),
    "eval-agrivoltaisme": (0.73, 0.46, 0.80),
    "eval-smart-ic": (0.81, 0.59, 0.82),
    # probe round one hundred and fifteen (fifty-second session): claims written against
    # e4f05f4, scored before any item was read; its items unread, totals seen
    "eval-oyster-reef": (0.83, 0.75, 0.93),
    "eval-phare-kervenoc": (0.68, 0.37, 0.85),
    "eval-skate-rink": (0.61, 0.65, 0.96),
    # probe round one hundred and sixteen (fifty-second session): claims written against
    # 1f0156c, scored before any item was read, then read and kept for development
    "eval-vet-college": (0.85, 0.60, 0.54),
    "eval-mam-gendarmerie": (0.71, 0.51, 0.85),
    "eval-chuko-ikkan": (0.75, 0.68, 0.82),
    # probe round one hundred and seventeen (fifty-second session): claims written
    # against 47c4053, scored before any item was read; its items unread, totals seen
    "eval-road-diet": (0.93, 0.72, 0.96),
    "eval-cafe-associatif": (0.70, 0.62, 0.79),
    "eval-farm-team": (0.76, 0.48, 0.94),
    # probe round one hundred and eighteen (fifty-second session): claims written
    # against a3af6c7, scored before any item was read; its items unread, totals seen
    "eval-airport-airline": (0.83, 0.66, 0.77),
    "eval-micro-foret": (0.90, 0.30, 0.70),
    "eval-moba-saisei": (0.86, 0.57, 0.75),
    # probe round one hundred and nineteen (fifty-third session): claims written against
    # e276f40, scored before any item was read, then read and kept for development
    "eval-jail-conversion": (0.70, 0.44, 0.95),
    "eval-station-communale": (0.76, 0.50, 0.80),  # two wrong verdicts made misses
    "eval-konkatsu-center": (0.78, 0.50, 0.86),
    # probe round one hundred and twenty (fifty-third session): claims written against
    # b43a899, scored before any item was read; its items unread, totals seen
    "eval-tiny-homes": (0.72, 0.55, 0.88),
    "eval-legumerie": (0.66, 0.35, 0.86),
    "eval-startup-hub": (0.73, 0.75, 0.82),
    # probe round one hundred and twenty-one (fifty-fourth session): claims written
    # against ae7a0a7, scored before any item was read, then read and kept for development
    "eval-city-grocery": (0.64, 0.73, 0.84),
    "eval-piscine-genets": (0.71, 0.71, 0.83),
    "eval-mokuchip-boiler": (0.70, 0.65, 0.73),
    # probe round one hundred and twenty-two (fifty-fourth session): claims written
    # against 6350328, scored before any item was read; its items unread, totals seen
    "eval-landfill-gardens": (0.72, 0.73, 0.87),
    "eval-cimetiere-naturel": (0.64, 0.75, 0.78),
    "eval-iwaseno-kuma": (0.91, 0.80, 0.79),
    "eval-shore-power": (0.60, 0.50, 0.90),
    "eval-internat-gendarmerie": (0.66, 0.66, 0.72),
    "eval-taiikukan-aircon": (0.78, 0.69, 0.78),
    "eval-library-van": (0.90, 0.72, 0.86),
    "eval-halle-gare": (0.79, 0.60, 0.78),
    "eval-noriai-taxi": (0.71, 0.62, 0.86),
    "eval-planetarium": (0.84, 0.78, 0.85),
    "eval-boulangerie-communale": (0.80, 0.79, 0.82),
    "eval-satellite-office": (0.77, 0.77, 0.86),
    "eval-cargo-bike-hub": (0.71, 0.60, 0.82),
    "eval-parc-gare": (0.81, 0.73, 0.90),
    "eval-mujin-tenpo": (0.74, 0.67, 0.86),
    "eval-pier-trust": (0.73, 0.80, 0.85),
    "eval-jardins-familiaux": (0.63, 0.63, 0.82),
    "eval-doctor-car": (0.80, 0.79, 0.82),
    # probe round one hundred and twenty-eight (fifty-seventh session): claims written
    # against 206e2d4, scored before any item was read; its items unread, totals seen
    # (some bibliobus titles seen by accident at the session's end)
    "eval-request-stop": (0.75, 0.48, 0.68),
    "eval-bibliobus": (0.56, 0.59, 0.81),
    "eval-densen-ev": (0.57, 0.70, 0.82),
    # probe round one hundred and twenty-nine (fifty-eighth session): claims written
    # against 68b4261, scored before any item was read, then read
    "eval-barbecue-ban": (0.83, 0.74, 0.86),
    "eval-teleski-tyrolienne": (0.66, 0.80, 0.88),
    "eval-omutsu-kaishu": (0.90, 0.76, 0.91),
    # probe round one hundred and thirty (fifty-eighth session): claims written against
    # 5f70d1f, scored before any item was read; its items unread, totals seen
    "eval-harbour-bath": (0.73, 0.77, 0.97),
    "eval-velorail": (0.73, 0.73, 0.93),
    "eval-dog-run": (0.81, 0.73, 0.87),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_topic_floors(name: str) -> None:
    gold_dir: Path = FIXTURES / name
    claim_set = load_claims(gold_dir / "claims", gold_dir / "seeds")
    assert claim_set.problems == (), claim_set.problems
    report = evaluate(gold_dir, claim_set.claims)
    assert report.problems == (), report.problems
    o = report.overall
    precision, recall, accuracy = FLOORS[name]
    assert o.precision is not None and o.precision >= precision, report.false_flags
    assert o.recall is not None and o.recall >= recall, report.misses
    assert o.verdict_accuracy is not None and o.verdict_accuracy >= accuracy, (
        report.wrong_verdicts)
