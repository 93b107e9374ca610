## Trailmark's words in en.

## How numbers, quotes, dates and lists are written.

decimal-sign = .
percent = { $number }%
quoted = “{ $text }”
date-format = { $day } { $month } { $year }
list-and = { $init } and { $last }

## Page furniture, scores and tables.

skip_to_content = Skip to content
main_navigation = Main navigation
nav_overview = Overview
change_since = { $delta } points since { $cycle }
nav_stages = Journey stages
nav_findings = Findings
nav_recommendations = Recommendations
nav_coverage = Coverage
nav_personas = Personas
nav_research = Research
nav_touchpoints = Touchpoints
contents = Contents
data_files = Download the data
nav_rules = Rules
made_with = Made with Trailmark
customer_journey_audit = Customer journey audit
client = Client
cycle = Cycle
journey_score = Journey score
score = Score
stage_score = Stage score
touchpoint_score = Touchpoint score
pass_line = Pass line
passes = Passes
below_pass = Below pass
unscored = Unscored
not_scored = not scored
how_score_is_made = How the score is made
of = of
pass = pass
scale_note = Each dimension is scored from 0 to { $scale }; a touchpoint passes at { $pass } ({ $pass_pct }).
expl_stage_mean = Mean of { $n } scored touchpoints: ({ $list }) / { $n } = { $score }
expl_stage_left_out = { $n } unscored touchpoint(s) left out.
expl_stage_empty = No touchpoints, so the stage scores 0.
expl_stage_unscored = No touchpoint is scored yet: the stage is shown as unscored and counts as 0 in the journey score.
expl_journey = Mean of the { $n } stages: ({ $list }) / { $n } = { $score }
expl_unscored_touchpoint = No dimension is scored yet.
executive_summary = Executive summary
journey_map = Journey map
journey_map_intro = The stages from left to right; down each stage its touchpoints with their scores, how each persona feels, the pain points and the actions. Open a stage for all its findings and actions.
no_touchpoints_gap = No touchpoints: gap
top_recommendations = Top five recommendations
all_recommendations = All recommendations
at_a_glance = At a glance
open_findings_count = Open findings
stages_below_pass = Stages below pass
touchpoints_count = Touchpoints
journey_charts = The journey in charts
see_all_findings = See all findings
stage = Stage
stages = Stages
touchpoint = Touchpoint
touchpoints = Touchpoints
touchpoints_intro = Every touchpoint in the audit, by stage. Select a name to open its scorecard.
name = Name
channel = Channel
mode = Online or offline
online = Online
offline = Offline
owner = Ownership
owner_owned = Owned
owner_paid = Paid
owner_earned = Earned
owner_third-party = Third-party
content = Content
content_soft = Soft content
content_hard = Hard content
content_none = No content
emotion = Emotion
emotion_-2 = Frustrated
emotion_-1 = Negative
emotion_0 = Neutral
emotion_1 = Positive
emotion_2 = Delighted
emotion_unknown = Not recorded
funnel_top = Top of the funnel
funnel_middle = Middle of the funnel
funnel_bottom = Bottom of the funnel
funnel_post = After the purchase
scorecards = Scorecards
dimension = Dimension
weight = Weight
kpis = KPIs
kpi = KPI
value = Value
target = Target
result = Result
met = Met
missed = Missed
no_target = No target
higher_is_better = higher is better
lower_is_better = lower is better
no_kpis = No KPI recorded.
pain_points = Pain points
opportunities = Opportunities
none_recorded = None recorded.
personas_served = Personas served
all_personas = All personas
linked_note = Note
reviewed = Reviewed
stage_notes = Notes on this stage
more_notes = More notes
no_stage_note = No note has been written for this stage.
stage_empty_text = This stage has no touchpoints. Customers who reach it meet nothing from the brand: a gap in the journey.
previous_stage = Previous stage
next_stage = Next stage
findings = Findings
findings_lower = findings
finding_lower = finding
findings_intro = What the audit found, by stage and by area. Each finding links to the touchpoint it concerns and to the rule that explains it.
no_findings = No findings.
no_open_findings = No open findings.
journey_wide = The whole journey
by_stage = By stage
by_area = By area
area = Area
area_content = Content
area_data = Data
area_touchpoints = Touchpoints
area_technology = Technology
area_research = Research
severity = Severity
severity_error = Critical
severity_warning = Important
severity_info = Minor
accepted_gaps = Accepted gaps
accepted_intro = Findings that were agreed to be accepted this cycle, each with its reason. They do not count as open findings.
no_accepted = No gap is accepted this cycle.
reason = Reason
waivers = Waivers
waiver_live = Applies
waiver_unused = Applies, but matched nothing this cycle
waiver_expired = Expired: no longer applies
until = until
status = Status
scope = Applies to
everywhere = Every finding of the rule
about_rule = About the rule
recommendations = Recommendations
recommendations_intro = Actions the client can take, ranked. Each says why, where in the journey it applies and which findings it answers.
how_ranking_works = How the ranking works
ranking_text = The consultant's own actions come first in their own words; the rules' advice covers only what no action answers. Everything is ranked by impact (high first), then effort (low first), then the severity of the findings it answers, how early in the funnel it applies, the share of customers the touchpoint serves, and how far below the pass line it lies.
no_recommendations = Nothing to recommend: no open findings.
rank = Rank
why = Why
answers = Answers
rule = Rule
rule_book = Rule book
rule_book_intro = Every check Trailmark runs, with what it looks for, why it matters for the journey and how to fix what it finds. Severities are the ones this audit uses.
what_it_checks = What it checks
why_it_matters = Why it matters
example = Example
how_to_fix = How to fix it
rule_off = Off in this audit
findings_in_report = Findings in this report
rule_passes = Passes: nothing found.
default_severity = default
coverage = Coverage
coverage_intro = How the touchpoints spread across channels, content and ownership. A healthy journey meets customers in several channels, informs before it sells, and does not rely on the brand's own channels alone.
coverage_channels = Channels per stage
coverage_channels_text = Which channels carry each stage. A stage that rests on one channel is fragile: customers who do not use it never meet the brand there.
content_mix = Content mix
content_mix_text = Soft content informs and inspires (guides, comparisons, calculators); hard content sells (offers, prices, booking). Early stages need soft content, the decision needs hard content.
touchpoint_mix = Touchpoint mix
touchpoint_mix_text = Owned, paid, earned and third-party touchpoints, online and offline. Much of the journey happens before customers reach the brand's own channels.
chart_missing = This chart is not available in this report.
chart_data = The data behind the chart
personas = Personas
personas_intro = The customer types the journey was mapped for, and the touchpoints that serve each of them.
no_personas = The audit defines no persona.
segment = Segment
share = Share of customers
goals = Goals
frustrations = Frustrations
persona_touchpoints = Touchpoints that serve this persona
persona_not_served = Not served in this stage
persona_chart = Personas across the journey
research = Research
research_intro = The interviews, workshops and data reviews behind the audit.
no_research = No research note is part of this audit.
title = Title
method = Method
method_interview = Interview
method_workshop = Workshop
method_analytics = Analytics
method_survey = Survey
persona = Persona
date = Date
participants = Participants
interviews_total = Interview participants: { $n } of the { $min } this audit asks for.
related_touchpoints = Touchpoints
notes = Notes
chart = Chart
on_this_page = On this page

findings_filter = Filter the findings
findings_all = All
findings_filtered = Findings: { $filter }
findings_open = Open findings for the client
findings_agency = For the agency
findings_for_agency = Audit quality
findings_cause = Cause
findings_none_here = No open finding here.

## Months, for dates.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
map_views = View the map for
journey_map_for = Journey map for { $persona }
journey_map_persona_intro = The touchpoints, emotion, pain points and actions of one persona across the stages. About the persona:
none_for_persona = No touchpoint for this persona
more_on_stage = more on the stage page
quick_win = quick win
impact_effort = { $impact } impact · { $effort } effort
low_point_text = Low point: { $persona } at { $touchpoint } in { $stage } ({ $emotion })
coverage_sentence = { $mapped } of { $total } stages mapped; { $score } across the mapped stages.
unmapped_sentence = Not yet mapped, and counted as 0 in the journey score: { $stages }.
insight_weakest_below = { $stage } is the weakest stage at { $score }, below the pass line of { $pass }.
insight_weakest_passes = Every mapped stage passes; the weakest is { $stage } at { $score }.
insight_low_point = The emotional low point: { $persona } at { $touchpoint } in { $stage } ({ $emotion }).
insight_unmapped = Nobody owns the { $stage } stage yet: it has no touchpoints.
insight_most_findings = { $touchpoint } carries { $n } open findings, more than any other touchpoint.
insight_quick_wins = { $n } of the { $total } actions are quick wins: high impact for low effort.
key_insights = Key insights
top_actions = Top actions
impact = Impact
effort = Effort
consultant_summary = The consultant's summary
all_actions_count = All { $n } actions, by stage

## The rules: what passing looks like, the failing state, the advice and why it matters.

rule-empty-stage-title = Every stage has touchpoints
rule-empty-stage-failure = A stage has no touchpoints
rule-empty-stage-advice = Give the empty stages touchpoints of their own
rule-empty-stage-rationale = Customers who reach an empty stage meet nothing from the brand, so they look for answers elsewhere, often with a competitor.

rule-thin-stage-title = Every stage has enough touchpoints
rule-thin-stage-failure = A stage has too few touchpoints
rule-thin-stage-advice = Add touchpoints to the thin stages so customers have more than one way through them
rule-thin-stage-rationale = When a stage offers only one way through, customers who do not use it, or who hit a problem, drop out of the journey there.

rule-missing-top-funnel-content-title = The top of the funnel has soft content that works
rule-missing-top-funnel-content-failure = The top of the funnel lacks working soft content
rule-missing-top-funnel-content-advice = Give the first stage soft content (guides, calculators, comparisons) that answers the customer's early questions
rule-missing-top-funnel-content-rationale = Early on, customers look for answers rather than offers, and they lean towards whichever brand helps them first.

rule-missing-decision-content-title = Customers ready to buy find hard content
rule-missing-decision-content-failure = The bottom of the funnel has no hard content
rule-missing-decision-content-advice = Give the decision stages hard content: offers, prices, terms and a clear call to action
rule-missing-decision-content-rationale = Customers ready to buy cannot find the offer, the price or the next step, so they buy from whoever asks for the order.

rule-single-channel-stage-title = Each stage reaches customers through more than one channel
rule-single-channel-stage-failure = A stage relies on a single channel
rule-single-channel-stage-advice = Reach the customer through more than one channel in the single-channel stages
rule-single-channel-stage-rationale = Customers who do not use that one channel are never reached, and if it fails, the whole stage fails with it.

rule-online-only-journey-title = The journey meets customers offline too
rule-online-only-journey-failure = The journey is online only
rule-online-only-journey-advice = Map the offline touchpoints customers meet (store, phone, events, print, people) and add them to the journey
rule-online-only-journey-rationale = Customers also meet the brand in stores, on the phone and through people; those moments often weigh most, yet nobody measures or manages them.

rule-missing-third-party-presence-title = The brand is present where customers look before they meet it
rule-missing-third-party-presence-failure = No earned or third-party presence early in the journey
rule-missing-third-party-presence-advice = Map and work the earned and third-party touchpoints early in the journey: reviews, recommendations, press, marketplaces, partners
rule-missing-third-party-presence-rationale = Early in the journey customers trust reviews, recommendations and the press more than the brand's own voice, so a brand missing there is rarely considered.

rule-missing-post-purchase-engagement-title = The brand stays in touch after the purchase
rule-missing-post-purchase-engagement-failure = Nothing of the brand's own follows the customer after the purchase
rule-missing-post-purchase-engagement-advice = Build owned touchpoints after the purchase that bring customers back and make them recommend the brand
rule-missing-post-purchase-engagement-rationale = Keeping a customer costs far less than winning a new one, yet nothing brings buyers back or makes them recommend the brand.

rule-low-score-touchpoint-title = Every scored touchpoint passes
rule-low-score-touchpoint-failure = A touchpoint scores below the pass line
rule-low-score-touchpoint-advice = Improve the weak touchpoints where they score lowest
rule-low-score-touchpoint-rationale = Where a touchpoint performs poorly, customers meet the brand and leave less convinced than they came.

rule-weak-stage-title = Every stage scores at or above the pass line
rule-weak-stage-failure = A stage scores below the pass line
rule-weak-stage-advice = Lift the weak stages, starting with their lowest-scoring touchpoints
rule-weak-stage-rationale = The whole step feels weak to customers, whichever channel they use, and a weak early step loses them before stronger stages can reach them.

rule-unaddressed-pain-point-title = Every pain point has an opportunity
rule-unaddressed-pain-point-failure = A touchpoint has pain points but no opportunity
rule-unaddressed-pain-point-advice = Turn each pain point into a concrete opportunity
rule-unaddressed-pain-point-rationale = Customers feel these problems today, but without a planned answer none of them turns into an improvement in the next cycle.

rule-missing-kpi-title = Every touchpoint has a KPI
rule-missing-kpi-failure = A touchpoint has no KPI
rule-missing-kpi-advice = Give every touchpoint a KPI with a target, so the next cycle can measure the result
rule-missing-kpi-rationale = Without a measure on a touchpoint, nobody can tell in the next cycle whether the money and effort spent on it paid off.

rule-kpi-below-target-title = Every KPI meets its target
rule-kpi-below-target-failure = A KPI misses its target
rule-kpi-below-target-advice = Act on the touchpoints whose KPIs miss their targets
rule-kpi-below-target-rationale = A missed target shows in numbers that a touchpoint is not doing its job, and that costs leads, sales or loyal customers.

rule-unscored-touchpoint-title = Every touchpoint is scored on every dimension
rule-unscored-touchpoint-failure = A touchpoint is missing scores
rule-unscored-touchpoint-advice = Score the missing dimensions
rule-unscored-touchpoint-rationale = Scores resting on partial evidence can make a touchpoint look better or worse than it is and blur the next cycle's comparison.

rule-missing-personas-title = The audit defines personas
rule-missing-personas-failure = The audit defines no persona
rule-missing-personas-advice = Describe two or three personas from the customer interviews
rule-missing-personas-rationale = Without a clear picture of the typical customers, the journey is judged against an average customer who does not exist.

rule-persona-gap-title = Every persona is served in every stage
rule-persona-gap-failure = A persona has no touchpoint in a stage
rule-persona-gap-advice = Give each persona a touchpoint in every stage they pass through
rule-persona-gap-rationale = One group of customers meets nothing from the brand at a step of their journey, which is where a segment quietly drifts to a competitor.

rule-too-few-interviews-title = Enough customers were interviewed
rule-too-few-interviews-failure = Too few customers were interviewed
rule-too-few-interviews-advice = Interview more customers about their journey
rule-too-few-interviews-rationale = With too few customers interviewed, the map shows what the company sees rather than what customers actually do, and one unusual voice can skew it.

## Findings: what a rule found, with its ids named in the report language.

findings_count = { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    }
reasoning-summary = { $failure } ({ $count ->
        [one] { $count } finding
       *[other] { $count } findings
    }).
reasoning-summary-stages = { $failure }: { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    } in { $stages }.
finding-internal-error = The check { $check } failed internally and was skipped; please report this.
finding-empty-stage = The { $stage } stage has no touchpoints.
finding-thin-stage = The { $stage } stage has only { $count } { $count ->
        [one] touchpoint
       *[other] touchpoints
    }; the audit asks for at least { $min }.
finding-missing-top-funnel-content-empty = The { $stage } stage has no touchpoints, so no soft content meets customers who are just starting to look.
finding-missing-top-funnel-content-none = The { $stage } stage has no soft content: { $total ->
        [one] its only touchpoint does not inform or inspire
       *[other] none of its { $total } touchpoints informs or inspires
    } customers who are not yet ready to buy.
finding-missing-top-funnel-content-weak = The soft content of the { $stage } stage does not reach the pass line of { $pass }: { $list }.
scored-touchpoint = { $touchpoint } ({ $score })
unscored-touchpoint = { $touchpoint } (not scored)
finding-missing-decision-content-no-stage = The journey model has no bottom-of-funnel stage, so nothing gives customers who are ready to buy an offer, a price or a next step.
finding-missing-decision-content = { $count ->
        [one] The { $stages } stage has
       *[other] The { $stages } stages have
    } no hard content: customers ready to buy find no offer, price or call to action.
finding-single-channel-stage = { $count ->
        [2] Both touchpoints
       *[other] All { $count } touchpoints
    } of the { $stage } stage use the same channel, { $channel }: customers who do not use it are not reached there.
finding-online-only-journey = { $count ->
        [0] The journey has no touchpoints, so none meets the customer offline.
        [one] The journey's only touchpoint is online; none meets the customer offline (store, phone, events, print).
       *[other] All { $count } touchpoints of the journey are online; none meets the customer offline (store, phone, events, print).
    }
finding-missing-third-party-presence-no-stage = The journey model has no top- or middle-of-funnel stage, so no earned or third-party touchpoint meets customers before they reach the brand's own channels.
finding-missing-third-party-presence = { $count ->
        [one] The { $stages } stage has
       *[other] The { $stages } stages have
    } no earned or third-party touchpoint: customers meet no reviews, recommendations or partner channels before they reach the brand's own and paid ones.
finding-missing-post-purchase-engagement-no-stage = The journey model has no stage after the purchase, so no owned touchpoint brings customers back to buy again or to recommend the brand.
finding-missing-post-purchase-engagement = { $count ->
        [one] The { $stages } stage has
       *[other] The { $stages } stages have
    } no owned touchpoint: nothing of the brand's own brings customers back to buy again or to recommend it.
finding-low-score-touchpoint = The touchpoint { $touchpoint } in the { $stage } stage scores { $score } of 100, below the pass line of { $pass }.
finding-low-score-touchpoint-weakest = The touchpoint { $touchpoint } in the { $stage } stage scores { $score } of 100, below the pass line of { $pass }; weakest: { $dimensions } ({ $low } of { $scale }).
finding-weak-stage = The { $stage } stage scores { $score }, below the pass line of { $pass }: { $below } of its { $scored } scored { $scored ->
        [one] touchpoint
       *[other] touchpoints
    } { $below ->
        [one] is
       *[other] are
    } below the pass line.
finding-weak-stage-with-unscored = The { $stage } stage scores { $score }, below the pass line of { $pass }: { $below } of its { $scored } scored { $scored ->
        [one] touchpoint
       *[other] touchpoints
    } { $below ->
        [one] is
       *[other] are
    } below the pass line ({ $unscored } { $unscored ->
        [one] touchpoint
       *[other] touchpoints
    } not scored and not counted).
finding-unaddressed-pain-point-emotion = Customers feel negative at { $touchpoint } (emotion { $emotion }), but it records neither a pain point nor an opportunity.
finding-unaddressed-pain-point = { $touchpoint } has { $count } { $count ->
        [one] pain point and no opportunity to answer it
       *[other] pain points and no opportunity to answer them
    }: { $list }.
finding-missing-kpi = { $touchpoint } has no KPI: the effect of changes here cannot be measured next cycle.
finding-kpi-below-target = { $touchpoint } misses { $count ->
        [one] a KPI target
       *[other] { $count } KPI targets
    }: { $list }.
kpi-missed-at-least = { $kpi } { $value } (target at least { $target })
kpi-missed-at-most = { $kpi } { $value } (target at most { $target })
finding-unscored-touchpoint = { $touchpoint } is not scored on { $dimensions }: it has no score and is left out of its stage's score.
finding-unscored-touchpoint-partly = { $touchpoint } is not scored on { $dimensions }; its score rests on { $rest ->
        [one] the one remaining dimension
       *[other] the other { $rest } dimensions
    }.
finding-missing-personas = No persona is defined: describe two or three typical customers as personas, so the touchpoints can be checked against the customers they are meant to serve.
finding-persona-gap = No touchpoint in the { $stage } stage serves { $persona }: { $count ->
        [one] its only touchpoint is meant for other personas
       *[other] all { $count } are meant for other personas
    }.
finding-too-few-interviews-none = No customer interview is part of the audit; it asks for at least { $min } interviewed customers.
finding-too-few-interviews = { $total } { $total ->
        [one] customer
       *[other] customers
    } interviewed across { $notes } interview { $notes ->
        [one] note
       *[other] notes
    }; the audit asks for at least { $min }.
finding-score-regression-stage = Like for like, the { $stage } stage's score dropped from { $before } in { $cycle } to { $after } (down { $drop } points) over the { $count } { $count ->
        [one] touchpoint
       *[other] touchpoints
    } scored in both cycles.
finding-scope-change = The { $stage } stage's touchpoints changed since { $cycle }: { $changes }. Its score compares like for like only over the touchpoints in both cycles.
touchpoint-name = { $touchpoint }
scope-added = added { $touchpoints }
scope-removed = removed { $touchpoints }
scope-moved-in = moved here { $touchpoints }
scope-moved-out = moved away { $touchpoints }
scope-moved-from = { $touchpoint } (from { $stage })
scope-moved-to = { $touchpoint } (to { $stage })
finding-score-regression-touchpoint = The score of { $touchpoint } dropped from { $before } in { $cycle } to { $after } (down { $drop } points).

## Charts: what each one shows, for readers who cannot see it.

chart-coverage-description = How many of the { $n_touchpoints } touchpoints each stage has in each of { $n_channels } channels; an empty cell means none.
chart-coverage-empty-stages = Stages without touchpoints: { $names }.
chart-personas-description = How many touchpoints serve each persona in each stage: a filled circle means some are aimed at the persona, a ring only touchpoints for everyone, an empty cell none.
chart-personas-not-served = Not served: { $gaps }.
chart-content-description = The touchpoints of each stage by content: soft content informs and inspires, hard content sells.
chart-content-missing-soft = Early stages without soft content: { $names }.
chart-mix-description = The touchpoints of each stage by owner (owned, paid, earned, third-party) and by online or offline.
chart-mix-online-only = Online only: { $names }.
chart-dimensions-description = The scores of the { $n } touchpoints of { $name } on each dimension, from 0 to { $scale_text }, against the pass line at { $pass_text }.

## Chart labels.

chart_passed = Passed
chart_below = Below pass line
chart_no_touchpoints = No touchpoints
chart_no_soft_content = No soft content
chart_total = Total
chart_at_or_above = At or above pass line
chart_targeted = aimed at the persona
chart_general_only = Only touchpoints for every persona
chart_not_served = Empty: not served
chart_empty_cell = Empty: none
chart_per_cell = Touchpoints per cell:
chart_by_owner = By owner:
chart_by_mode = Online and offline:
chart_none = {"–"}
chart_stage_scores = Stage scores against the pass line
chart_coverage = Touchpoints by stage and channel
chart_content_mix = Content per stage: soft, hard or none
chart_touchpoint_mix = Touchpoint mix per stage: owner, online and offline
chart_personas = Personas served by stage
chart_dimensions = touchpoint scores by dimension

## Channels, dimensions: the built-in vocabularies.

channel-website = Website
channel-search = Search
channel-social = Social media
channel-email = Email
channel-newsletter = Newsletter
channel-ads = Ads
channel-display = Display
channel-video = Video
channel-blog = Blog
channel-reviews = Reviews
channel-marketplace = Marketplace
channel-app = App
channel-chat = Chat
channel-store = Store
channel-event = Event
channel-trade-show = Trade show
channel-print = Print
channel-brochure = Brochure
channel-outdoor = Outdoor
channel-packaging = Packaging
channel-phone = Phone
channel-sales = Sales
channel-employees = Employees
channel-word-of-mouth = Word of mouth
channel-service-center = Service center
dimension-presence = Presence
dimension-relevance = Relevance
dimension-consistency = Consistency
dimension-experience = Experience

## The stages of the preset journey models.

stage-awareness = Awareness
stage-consideration = Consideration
stage-decision = Decision
stage-purchase = Purchase
stage-experience = Experience
stage-loyalty = Loyalty
stage-advocacy = Advocacy
stage-search = Search
stage-offer = Offer
stage-conversion = Conversion
stage-usage = Usage
stage-evaluation = Evaluation
stage-post-purchase = Post-purchase

## The terminal.

terminal-help = help: { $advice } (run `trailmark explain { $rule }` for why it matters)
terminal-touchpoint-label = touchpoint `{ $id }`
terminal-waiver-label = this waiver
terminal-waiver-expired = the waiver for `{ $rule }` expired with cycle { $cycle }; its findings are open again
terminal-waiver-unused = the waiver for `{ $rule }` matches no finding; if the gap is closed, remove it
terminal-summary = { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }, { $info } info{ $accepted ->
        [0] {""}
       *[other] {" "}({ $accepted } accepted)
    }; journey score { $score } of 100
terminal-findings = Findings: { $summary }
terminal-built = Built { $client } ({ $cycle }): { $pages ->
        [one] one page
       *[other] { $pages } pages
    }, { $charts ->
        [one] one chart
       *[other] { $charts } charts
    } in { $seconds } s
terminal-open = Open { $path }
terminal-single-file = Wrote the report as one file: { $path }
terminal-snapshot-compared = Kept this cycle's snapshot in { $path } (compared with { $previous })
terminal-snapshot-first = Kept this cycle's snapshot in { $path } (no earlier cycle to compare with)

chart_all_customers = All customers
chart_emotion_title = Emotion across the journey, per persona
chart-no-stage-below = No stage is below the pass line.
chart-stages-below = { $n } of { $total } stages are below the pass line: { $names }.
chart_not_mapped = Not mapped
chart-scores-description = The score of each stage from 0 to 100 against the pass line at { $pass_text }.
chart_target = Target
chart_target_met = Target met
chart_target_missed = Target missed
chart_value = Value
chart_share_of_target = Share of target
chart-kpi-description = Each KPI as a share of its target (100 % is the target; for a KPI where lower is better, the target over the value). { $met } of { $total } KPIs meet their target.
chart_kpi_title = KPIs against their targets
chart-score-matrix-description = The mean score (0–100) of the touchpoints that serve each persona in each stage; shades of red are below the pass line at { $pass }, shades of blue at or above it. An empty cell has no scored touchpoint.
chart_score_matrix_title = Score by stage and persona
chart-emotion-matrix-description = The lowest emotion (−2 to +2) each persona feels in each stage; red is negative, blue positive. An empty cell has no emotion recorded.
chart_emotion_matrix_title = Emotion by stage and persona
level_low = Low
level_medium = Medium
level_high = High
chart_impact = Impact
chart_effort = Effort
chart_quick_wins = Quick wins
chart_number = No.
chart_action = Action
chart_actions_title = Actions by impact and effort
chart-emotion-low-point = Low point: { $persona }, { $touchpoint } at { $stage } ({ $emotion })
chart-emotion-description = Each persona's lowest emotion in each stage, from −2 to +2, one line per persona. { $with_emotion } of { $total } touchpoints have an emotion recorded.
chart-actions-description = The consultant's { $count } actions by impact (up) and effort (right), numbered as in the table; { $wins } are quick wins (high impact, low effort), top left.

rule-scope-change-title = The stages hold the same touchpoints as in the previous cycle
rule-scope-change-failure = A stage's touchpoints changed since the previous cycle
rule-scope-change-advice = Compare the changed stages like for like, and say in the stage notes why their touchpoints changed
rule-scope-change-rationale = A stage whose touchpoints changed scores a different journey, so its score change says as much about the map as about the customer's experience.
rule-score-regression-title = No score dropped since the previous cycle
rule-score-regression-failure = A score dropped since the previous cycle
rule-score-regression-advice = Find out what changed where scores dropped, and win the lost ground back
rule-score-regression-rationale = Ground won in earlier cycles is being lost, and a slide is cheapest to reverse while its cause is still fresh.
rule-emotional-low-point-title = No touchpoint is an emotional low point
rule-emotional-low-point-failure = A touchpoint is an emotional low point
rule-emotional-low-point-advice = Remove what makes customers feel worst at these touchpoints
rule-emotional-low-point-rationale = A single moment that frustrates a customer can undo the rest of the journey, and it hides behind an average or a passing score.
rule-missing-emotion-data-title = Most touchpoints record an emotion
rule-missing-emotion-data-failure = Too few touchpoints record an emotion
rule-missing-emotion-data-advice = Record how customers feel at more touchpoints
rule-missing-emotion-data-rationale = An emotion curve drawn from a few touchpoints shows where the audit looked, not where customers are happy or lost.
rule-no-owned-soft-content-title = The brand publishes soft content of its own
rule-no-owned-soft-content-failure = The brand owns no soft content
rule-no-owned-soft-content-advice = Publish guides and answers of your own
rule-no-owned-soft-content-rationale = Without content of its own that informs, the brand leaves every answer to reviewers, forums and competitors, and only speaks when it sells.
rule-stale-touchpoint-title = Every touchpoint was reviewed recently
rule-stale-touchpoint-failure = A touchpoint's review is out of date
rule-stale-touchpoint-advice = Review the touchpoints whose assessment is out of date
rule-stale-touchpoint-rationale = A score from more than a year ago describes a touchpoint that may no longer exist in that form.
rule-thin-persona-evidence-title = Every persona rests on enough interviews
rule-thin-persona-evidence-failure = A persona rests on too few interviews
rule-thin-persona-evidence-advice = Interview more customers of the thinly evidenced personas
rule-thin-persona-evidence-rationale = A persona drawn from one conversation describes one customer, and decisions made for it may miss the whole segment.
rule-untargeted-persona-title = Every persona has touchpoints aimed at it early in the journey
rule-untargeted-persona-failure = A persona has no touchpoint aimed at it in a stage
rule-untargeted-persona-advice = Aim touchpoints at the personas only general touchpoints reach
rule-untargeted-persona-rationale = A segment that only meets touchpoints made for everyone gets nothing that answers its own questions while it is still choosing.
persona-name = { $persona }
low-point-who = {" "}for { $personas }
finding-emotional-low-point-unexplained = { $touchpoint } is an emotional low point (emotion { $emotion }{ $who }), and no pain point says why.
finding-emotional-low-point = { $touchpoint } is an emotional low point (emotion { $emotion }{ $who }): { $list }.
finding-missing-emotion-data = Only { $with } of { $total } touchpoints record an emotion ({ $share }); the emotion curve needs at least { $minimum }.
finding-no-owned-soft-content = No owned touchpoint in the journey carries soft content: the brand publishes nothing of its own that informs.
finding-stale-touchpoint = { $touchpoint } was last reviewed on { $date }, { $age } days before the audit (at most { $maximum }).
finding-thin-persona-evidence = { $interviews ->
        [0] No interview names { $persona }; at least { $minimum } are needed.
        [one] { $persona } rests on { $interviews } interviewed customer; at least { $minimum } are needed.
       *[other] { $persona } rests on { $interviews } interviewed customers; at least { $minimum } are needed.
    }
finding-untargeted-persona = No touchpoint in the { $stage } stage is aimed at { $persona }; only { $count ->
        [one] one touchpoint that names no persona reaches them.
       *[other] { $count } touchpoints that name no persona reach them.
    }
changes_largest = most
changes_stages_compared = stages like for like
changes_improved = Improved
changes_none_improved = no score rose
changes_regressed = Regressed
changes_none_regressed = no score fell
changes_heading = Changes
changes_like_for_like = like for like
changes_journey = Journey
changes_stage_new_in_model = new in the model
changes_stage_newly_mapped = newly mapped
changes_touchpoints_added = Added
changes_touchpoints_removed = Removed
changes_moved_in = moved here
changes_moved_out = moved away
changes_gains = Gains
changes_losses = Losses
changes_touchpoints_moved = Moved
changes_touchpoints_renamed = Renamed
changes_findings_resolved = Resolved findings
changes_findings_new = New findings
changes_findings_open = Persisting findings
changes_actions_done_heading = Actions done
touchpoints_count_plural = { $count ->
        [one] { $count } touchpoint
       *[other] { $count } touchpoints
    }
changes-findings-line = Resolved: { $resolved }; { $new } new, { $persisting } still open
changes-actions-done = { $count ->
        [one] { $count } action done
       *[other] { $count } actions done
    }
trend_series = Series
trend_journey_title = Journey score by cycle
trend-journey-description = The journey score in each of the { $n } recorded cycles, { $first } to { $last }, against the pass line.
trend_journey_series = Journey score
trend_stages_title = Stage scores by cycle
trend-stages-description = Each stage's score in the { $n } recorded cycles, { $first } to { $last }; a stage the model did not have yet has no point.
trend_errors = Critical
trend_warnings = Important
trend_information = Minor
trend_findings_title = Open findings by cycle
trend-findings-description = Open findings (not accepted) by severity in the { $n } recorded cycles, { $first } to { $last }.
stage_change_kept = In both cycles
stage_change_new = New this cycle
stage_change_moved_in = Moved here
stage_change_gone = Removed or moved away
stage_change_before = Before
stage_change_after = After
stage_change_delta = Change
stage_change_heading = Since the previous cycle
stage-change-title = { $name }: touchpoints { $from } and { $to }
stage-change-description = Each touchpoint's score in { $from } (grey) and { $to } (blue); touchpoints new this cycle (orange), moved here or removed are marked, so a changed scope is not read as a changed score.
changes_column_resolved = Resolved
changes_column_new = New
changes_column_open = Still open
changes_page_journey = Journey score
changes_page_stages = Stages
changes_page_stage = Stage
changes_page_score = Score as published
changes_page_like_for_like = Like for like
changes_page_scope = Change of scope
changes_page_like_note = Like for like compares the touchpoints a stage has in both cycles, scored in both: new, removed and moved touchpoints are a change of scope, shown apart.
changes_page_touchpoints = Touchpoints
changes_page_gains = Gains, largest first
changes_page_losses = Losses, largest first
changes_page_none = None.
changes_page_findings = Findings
changes_page_actions = Actions done since the previous cycle
changes_page_trends = Trends over every recorded cycle
changes_page_before_after = Each stage before and after
changes-page-title = Since { $from }

changes_stage_added = added
changes_stage_removed = removed
changes-report-of = The { $cycle } report
changes_page_earlier_reports = Reports of earlier cycles

## The action plan and the audit-quality list
consultant_actions = The action plan
consultant_actions_intro = The consultant's proposals for the touchpoints, with the findings each one answers.
further_advice = Further recommendations
audit_quality = Audit quality: open work for the agency
audit_quality_intro = Gaps in the audit itself (missing KPIs, scores, interviews or emotions, old reviews, pain points without an opportunity). They are not part of the client's action plan.
responsible = Responsible
due = Due
status_open = Open
status_planned = Planned
status_doing = In progress
status_done = Done
plan-action = The consultant's action for { $touchpoint }.
plan-action-answers = The consultant's action for { $touchpoint }; it answers: { $failures }.
plan-advice-touchpoint = { $touchpoint }: { $failures }. No opportunity is written for it yet.

## The rule book: what each rule checks, why it matters, an example that fires and how to fix it (Markdown).

rule-empty-stage-what =
    Fires once for every stage of the journey model whose scorecard lists no touchpoint, or that has no scorecard at all.
rule-empty-stage-why =
    A stage with no touchpoint is a place where the customer is left alone: nothing the brand does meets them there, so they find their answers elsewhere, often with a competitor. An empty stage also scores 0 and pulls the whole journey score down.
rule-empty-stage-example =
    A seven-stage audit with no `content/scorecards/advocacy.toml`: nothing asks happy customers to recommend the brand.
rule-empty-stage-fix =
    Map what the customer does in the stage, find the touchpoints that serve it (or that should), and list them in `content/scorecards/<stage>.toml`. If the stage truly does not apply to this client, choose a model without it or accept the gap with a `[[waiver]]`.
rule-thin-stage-what =
    Fires once for every stage that has at least one touchpoint but fewer than `min_touchpoints_per_stage` (in `[thresholds]`, default 2). A stage with exactly `min_touchpoints_per_stage` touchpoints passes. A stage with no touchpoint at all is `empty-stage`'s finding, not this one's.
rule-thin-stage-why =
    Customers move through a stage in different ways: some search, some ask a friend, some walk into the store. A stage that rests on a single touchpoint only meets the customers who happen to use that one, and when it fails (an unanswered phone, a broken form) nothing catches them, so they leave the journey there.
rule-thin-stage-example =
    With the default `min_touchpoints_per_stage = 2`, a purchase stage whose scorecard holds a single touchpoint fires:

    ```toml
    # content/scorecards/purchase.toml
    {"["}[touchpoint]]
    id      = "order-and-financing"
    name    = "Order and financing with the salesperson"
    channel = "sales"
    content = "hard"
    ```
rule-thin-stage-fix =
    Map how else customers complete the stage and add the touchpoints that serve them (or should): a self-service page beside the salesperson, a phone line beside the form, an earned or third-party touchpoint beside the owned ones. If a single touchpoint is right for this client, lower `min_touchpoints_per_stage` or accept the finding with a `[[waiver]]` naming the stage.
rule-missing-top-funnel-content-what =
    Fires once for every stage with `funnel = "top"` that has no touchpoint with `content = "soft"` scoring at or above the pass line (`pass` of `scale`; exactly at the line passes). A soft touchpoint that is not scored does not count: nothing shows that it works. A model without a `top` stage has nothing to check and never fires.

    A `top` stage with no touchpoint at all also fires (it has no soft content), beside `empty-stage`: the empty stage is a touchpoint gap, the missing soft content a content gap, and the recommendations list both.
rule-missing-top-funnel-content-why =
    At the top of the funnel customers have a need, not a shortlist: they look for answers (buy or lease? petrol or electric? which kind of product suits me?), not for offers. Soft content (guides, calculators, comparisons, inspiration) meets them there and brings the brand into their consideration. A first stage that only carries hard content (prices, campaigns, calls to buy), or whose soft content is too weak to pass, sells to people who are not ready to buy and loses them to whoever answered their questions first.
rule-missing-top-funnel-content-example =
    An awareness stage where the only soft touchpoint scores 2.25 of 5 (45%, below the default pass line of 3.0) and the rest sells:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id      = "radio-spot"
    name    = "Local radio spot: weekend price campaign"
    channel = "ads"
    mode    = "offline"
    owner   = "paid"
    content = "hard"

    {"["}[touchpoint]]
    id      = "ev-guide-blog"
    name    = "Blog article: 'Is an electric car right for you?'"
    channel = "blog"
    content = "soft"
    {"["}touchpoint.scores]
    presence = 2
    relevance = 3
    consistency = 2
    experience = 2
    ```
rule-missing-top-funnel-content-fix =
    Find the questions customers ask before they think of buying (the interviews and search data show them) and answer them with soft content in the top stage: a guide, a calculator, a comparison, a story. If soft content exists but scores below the pass line, improve it where it fails (refresh outdated facts, make it findable, link onward to the next step) and score it again. Mark such touchpoints `content = "soft"` and score them, so the audit can see them.
rule-missing-decision-content-what =
    Fires once for the whole journey when no stage with `funnel = "bottom"` has a touchpoint with `content = "hard"`. Scores play no part: a hard touchpoint counts however it scores (a weak one is `low-score-touchpoint`'s finding). Hard content in a `top`, `middle` or `post` stage does not count. Like every journey-wide rule it reads literally: a model with no `bottom` stage has no hard content there either, so the rule fires.
rule-missing-decision-content-why =
    Late in the journey the customer's questions change from "what suits me?" to "what does it cost, on what terms, and how do I get it?". Hard content (offers, prices, financing terms, quotes, a booking or order button) answers them and turns intent into a purchase. A journey that keeps informing and inspiring but never makes the offer leaves ready buyers to find it somewhere else, often with a competitor who asks for the order.
rule-missing-decision-content-example =
    A seven-stage audit whose decision and purchase touchpoints only inform:

    ```toml
    # content/scorecards/decision.toml
    {"["}[touchpoint]]
    id      = "buying-guide"
    name    = "Buying guide: petrol, hybrid or electric"
    channel = "website"
    content = "soft"

    # content/scorecards/purchase.toml
    {"["}[touchpoint]]
    id      = "delivery-info"
    name    = "Delivery information page"
    channel = "website"
    content = "none"
    ```
rule-missing-decision-content-fix =
    Add the hard content a customer needs to decide and act in the decision or purchase stage: a price list or configurator, a concrete offer, financing or leasing terms, a quote, a test-drive or order booking. Mark those touchpoints `content = "hard"`. If the model has no `bottom` stage, give it one (`[[journey.stages]]` with `funnel = "bottom"`), since every journey ends in a decision.
rule-single-channel-stage-what =
    Fires once for every stage that has two or more touchpoints when all of them have the same `channel` (compared without regard to case or surrounding spaces). A stage with a single touchpoint is not checked here (that is `thin-stage`'s concern), nor is an empty stage. Only the channel counts: two `email` touchpoints with different owners, content or modes still share one channel.
rule-single-channel-stage-why =
    Customers do not all live in the same channel: some read email, some use the app, some call, some walk into the store. A stage served by one channel reaches only those who use it, and when that channel fails (a mail lands in the spam folder, the app is not installed) the whole stage fails with it. An omnichannel journey lets the customer continue where it suits them, online and offline.
rule-single-channel-stage-example =
    A loyalty stage where every touchpoint is an email:

    ```toml
    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id      = "service-reminder-email"
    name    = "Service reminder email"
    channel = "email"

    {"["}[touchpoint]]
    id      = "owners-email"
    name    = "Quarterly owners' email"
    channel = "email"
    content = "soft"
    ```
rule-single-channel-stage-fix =
    Ask how customers in the stage prefer to be met and add a touchpoint in another channel: a reminder in the app or by text beside the email, a call from the workshop, an owners' event in the store. Make the channels work together (the same message and a link between them) rather than duplicating each other.
rule-online-only-journey-what =
    Fires once for the whole journey when no touchpoint in any stage is offline: every touchpoint's `mode` is `online`, either set explicitly or taken from its channel (`store`, `event`, `trade-show`, `print`, `brochure`, `outdoor`, `packaging`, `phone`, `sales`, `employees`, `word-of-mouth` and `service-center` are offline by default; an explicit `mode` overrides that). A single offline touchpoint anywhere silences it. It reads literally: a journey with no touchpoints has no offline touchpoint and fires.
rule-online-only-journey-why =
    Even brands that sell online meet their customers offline: a recommendation over dinner, a phone call to customer service, the packaging on the doorstep, a radio spot, an employee at a trade show. Those moments often weigh more in the customer's experience than any web page. A map with only online touchpoints usually means the audit looked only at what analytics can see, and the offline part of the journey (where customers may be lost or won) is neither measured nor managed. It is `info` because some businesses are truly online only; then accept it with a `[[waiver]]`.
rule-online-only-journey-example =
    A journey whose touchpoints are all on the web:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id      = "search-ads"
    name    = "Paid search"
    channel = "search"
    owner   = "paid"

    # content/scorecards/experience.toml
    {"["}[touchpoint]]
    id      = "support-chat"
    name    = "Support chat"
    channel = "chat"
    ```

    and so on for every stage, with no `store`, `phone`, `event` or other offline channel, and no `mode = "offline"`.
rule-online-only-journey-fix =
    Ask customers in the interviews and the front-line staff in a workshop where customers meet the brand away from the screen: phone calls, the store or showroom, events, deliveries and packaging, print, word of mouth. Add those touchpoints (with `mode = "offline"` where the channel is not in the vocabulary) and score them. If the business really has no offline contact, accept the finding with a `[[waiver]]` that says so.
rule-missing-third-party-presence-what =
    Fires once for the whole journey when no stage with `funnel = "top"` or `funnel = "middle"` has a touchpoint with `owner = "earned"` or `owner = "third-party"`. One such touchpoint in any top or middle stage is enough; scores play no part. Earned and third-party touchpoints in `bottom` or `post` stages do not count. Like every journey-wide rule it reads literally: a model with no `top` and no `middle` stage fires.
rule-missing-third-party-presence-why =
    Much of the journey happens before the customer meets the brand's own channels: they ask friends, read reviews, compare on marketplaces and portals, read the press and partners' pages. These earned and third-party touchpoints are where a brand is discovered and trusted, and they weigh more than its own voice because someone else speaks. An audit that maps only owned and paid touchpoints early in the journey has either left them out (a gap in the map) or the brand is absent there (a gap in the journey); both need attention.
rule-missing-third-party-presence-example =
    Awareness and consideration stages with only the brand's own and paid touchpoints:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id      = "search-ads"
    name    = "Paid search on model names"
    channel = "search"
    owner   = "paid"

    # content/scorecards/consideration.toml
    {"["}[touchpoint]]
    id      = "model-pages"
    name    = "Model pages with specifications"
    channel = "website"
    owner   = "owned"
    ```
rule-missing-third-party-presence-fix =
    Ask customers in the interviews where they looked before they contacted the brand, and add those touchpoints: reviews, word of mouth, press, forums, marketplaces and portals, retailers and partners. Mark them `owner = "earned"` (others speak about the brand) or `owner = "third-party"` (the brand appears in someone else's channel), score them, and plan how to work them: answer reviews, ask happy customers to recommend, keep listings and partner pages current.
rule-missing-post-purchase-engagement-what =
    Fires once for the whole journey when none of the stages with `funnel = "post"` has a touchpoint with `owner = "owned"` (the default owner). One owned touchpoint in any post stage is enough; scores play no part. Owned touchpoints in earlier stages do not count. Like every journey-wide rule it reads literally: a model with no `post` stage (a custom model that ends at the purchase) fires.
rule-missing-post-purchase-engagement-why =
    The journey does not end at the purchase: the customer uses the product, needs service, and decides whether to buy again and whether to recommend the brand. Keeping a customer costs far less than winning a new one, and a happy customer's recommendation is the earned touchpoint that starts the next customer's journey. Earned and third-party touchpoints after the purchase (reviews, a partner's service) happen whether the brand acts or not; without an owned touchpoint (onboarding, service reminders, an owners' newsletter, an app, a loyalty programme, a request for a review) nothing of the brand's own brings the customer back for repeat purchases or loyalty.
rule-missing-post-purchase-engagement-example =
    Experience and loyalty stages that only hold other people's touchpoints:

    ```toml
    # content/scorecards/experience.toml
    {"["}[touchpoint]]
    id      = "home-charger-partner"
    name    = "Home charger installation by a partner"
    channel = "phone"
    owner   = "third-party"

    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id      = "owner-forum"
    name    = "Owners' forum on a social network"
    channel = "social"
    owner   = "earned"
    ```
rule-missing-post-purchase-engagement-fix =
    Plan what the brand itself does after the sale, stage by stage: a welcome and onboarding at handover, a check-in call in the first weeks, service reminders, an owners' newsletter or app, an offer when the contract or the product's life nears its end, and a request to review or recommend. List them in the post stages' scorecards (`owner = "owned"` is the default). If the model ends at the purchase, add post stages to it.
rule-low-score-touchpoint-what =
    Fires once for every touchpoint whose score is strictly below the pass line (`pass / scale * 100`, from `[scoring]`). The score is the weighted mean of the touchpoint's scored dimensions, compared unrounded: a touchpoint exactly at the pass line passes (3.0 of 5 with `pass = 3.0`), while 2.99 of 5 fails even though it is shown as 59.8. A touchpoint with no scored dimension is not checked here (that is `unscored-touchpoint`'s finding). The message gives the score rounded to one decimal, the pass line and the weakest dimension (the lowest-scored one, unless all score the same).
rule-low-score-touchpoint-why =
    A touchpoint that exists but performs poorly is a moment where the customer meets the brand and leaves less convinced than they came: the content misses their question, the experience frustrates, or the message contradicts the rest of the journey. Weak touchpoints are often cheaper to fix than new ones are to build, and the scores tell where to start.
rule-low-score-touchpoint-example =
    With the default scale of 5 and `pass = 3.0` (60%), this touchpoint scores (4 + 1 + 2 + 2) / 4 = 2.25 of 5, that is 45%:

    ```toml
    {"["}[touchpoint]]
    id      = "radio-spot"
    name    = "Local radio spot: weekend price campaign"
    channel = "ads"
    mode    = "offline"
    owner   = "paid"
    content = "hard"
    {"["}touchpoint.scores]
    presence = 4
    relevance = 1
    consistency = 2
    experience = 2
    ```
rule-low-score-touchpoint-fix =
    Start with the lowest dimension: low relevance means the content misses the customer's question at that stage (see the interviews and pain points), low consistency that it contradicts the rest of the journey, low experience that it is hard or unpleasant to use, low presence that customers do not find it. Record what to change as `opportunities`, make the change, and score the touchpoint again in the next cycle. If the touchpoint no longer serves the journey, remove it instead.
rule-weak-stage-what =
    Fires once for every stage that has at least one touchpoint and whose stage score (the mean of its scored touchpoints, as a percentage of the scale) is strictly below the pass line, `pass / scale * 100`. A stage exactly at the pass line passes; the comparison uses the unrounded score.

    Two kinds of stage are left to other rules: an empty stage (no touchpoints) is `empty-stage`'s finding, and a stage whose touchpoints are all unscored has no score to judge, so this rule stays silent and `unscored-touchpoint` names the missing scores. Unscored touchpoints in a partly scored stage are left out of the mean, as in the stage score itself.
rule-weak-stage-why =
    A stage is where the customer asks one kind of question: is this for me, which one, where do I buy, will they help me afterwards. When the touchpoints of a stage score low on average, the customer's experience of that whole step is weak, whichever channel they use, and a weak step early in the funnel loses customers before the stronger stages can reach them. The stage score is the number the client follows from one optimisation cycle to the next.
rule-weak-stage-example =
    With the default scale of 5 and `pass = 3.0` (60%), an Awareness stage whose two touchpoints average 50%:

    ```toml
    # content/scorecards/awareness.toml
    {"["}[touchpoint]]
    id = "radio-spot"
    name = "Local radio spot"
    channel = "ads"
    mode = "offline"
    {"["}touchpoint.scores]
    presence = 4
    relevance = 1
    consistency = 2
    experience = 2

    {"["}[touchpoint]]
    id = "search-ads"
    name = "Paid search"
    channel = "search"
    {"["}touchpoint.scores]
    presence = 3
    relevance = 2
    consistency = 3
    experience = 3
    ```
rule-weak-stage-fix =
    Start with the stage's touchpoints that score below pass (`low-score-touchpoint` lists them) and their lowest dimension: the opportunities recorded on them are the first actions. Where the stage lacks the right kind of touchpoint altogether (for example soft content at the top of the funnel), adding a strong one lifts the stage as well. Re-score after the changes in the next cycle.
rule-unaddressed-pain-point-what =
    Fires once for every touchpoint that records at least one `pain_points` entry, or an `emotion` of -1 or lower, and has an empty (or absent) `opportunities` list. An emotion of 0 or above with no pain points is fine without opportunities; one opportunity is enough to silence the rule, however many pain points there are.
rule-unaddressed-pain-point-why =
    Pain points are what the interviews with customers and the staff workshop turned up: the places where the journey hurts. A pain point with no opportunity next to it is a problem the audit saw and left without an answer, so it never becomes an action the client can take in the next optimisation cycle. A negative emotion with nothing noted is the same gap one step earlier: customers feel it, but nobody has written down why or what to do.
rule-unaddressed-pain-point-example =
    ```toml
    {"["}[touchpoint]]
    id = "website-chat"
    name = "Website chat (bot after opening hours)"
    channel = "chat"
    emotion = -1
    pain_points = ["The bot cannot answer leasing questions"]
    # no opportunities
    ```
rule-unaddressed-pain-point-fix =
    For each pain point, write at least one opportunity: a concrete change to the touchpoint's content, data, channel or technology that would remove it ("Hand leasing questions after hours to a human the next morning, with a promised time"). Where only the emotion is negative, go back to the interview notes, record the pain point behind it, then its opportunity.
rule-missing-kpi-what =
    Fires once for every touchpoint with no `[[touchpoint.kpi]]` entry. One KPI is enough, with or without a `target`; a KPI without a target satisfies this rule but can never be judged by `kpi-below-target`, so give it one.
rule-missing-kpi-why =
    A customer journey is optimised in cycles: change the touchpoints, measure, adjust. A touchpoint without a KPI is one where nobody will know next cycle whether the change worked. Choosing the KPI also forces the question of which data the touchpoint produces and where it is collected, the data element of the journey that is easiest to forget for offline and third-party touchpoints.
rule-missing-kpi-example =
    ```toml
    {"["}[touchpoint]]
    id = "motoring-podcast"
    name = "Sponsored read in a motoring podcast"
    channel = "podcast"
    mode = "online"
    owner = "paid"
    # no [[touchpoint.kpi]]
    ```
rule-missing-kpi-fix =
    Add at least one `[[touchpoint.kpi]]` with `name`, the current `value` and a `target` (`higher_is_better = false` for costs, waiting times and the like). Pick a number the client can measure again next cycle: visits from a trackable link, answer rate, bookings, NPS. Where no data exists yet, making it measurable (a code, a link, a question at checkout) is the first opportunity.
rule-kpi-below-target-what =
    Checks every `[[touchpoint.kpi]]` that has a `target`. With `higher_is_better = true` (the default) a KPI misses when its `value` is below the target; with `higher_is_better = false` (costs, waiting times) when it is above. A value equal to its target meets it, and a KPI without a target cannot miss.

    Fires once per touchpoint, naming every KPI of that touchpoint that misses, with its value, target and unit.
rule-kpi-below-target-why =
    KPIs are how the client follows the journey from one optimisation cycle to the next. A missed target is measured evidence, not an opinion from the audit, that a touchpoint does not do its job: the lead that never comes, the call nobody answers, the customer who does not renew. Together with the scores and pain points, it shows where the next cycle's effort pays off.
rule-kpi-below-target-example =
    ```toml
    {"["}[touchpoint.kpi]]
    name = "Call answer rate"
    value = 78
    target = 90
    unit = "%"

    {"["}[touchpoint.kpi]]
    name = "Average wait before answer"
    value = 95
    target = 60
    unit = "seconds"
    higher_is_better = false
    ```

    Both KPIs miss: 78% is below 90%, and 95 seconds is above the 60 allowed.
rule-kpi-below-target-fix =
    Find the cause in the touchpoint's pain points (or interview the customers behind the number) and record an opportunity that moves the KPI; check the KPI again next cycle. If the target itself was unrealistic, agree a new one with the client and note why, rather than letting a target nobody believes in stand.
rule-unscored-touchpoint-what =
    Fires once for every touchpoint whose `[touchpoint.scores]` table lacks one or more of the dimensions configured in `[scoring] dimensions` (by default presence, relevance, consistency and experience), naming the missing ones. A touchpoint with some dimensions scored still gets a score from those; one with none is unscored and left out of its stage's score.
rule-unscored-touchpoint-why =
    The scores are what make stages comparable and what the next optimisation cycle is measured against. A missing dimension is quietly dropped from the mean, so the touchpoint's score rests on less evidence than its neighbours' and may look better (or worse) than it is; a touchpoint with no score at all does not count in its stage. Sometimes that is deliberate, for example a page relaunched during the audit, and the finding is the reminder to come back to it.
rule-unscored-touchpoint-example =
    ```toml
    {"["}[touchpoint]]
    id = "private-lease-page"
    name = "Private-leasing offers page"
    channel = "website"

    {"["}touchpoint.scores]
    presence = 4
    relevance = 3
    experience = 3
    # consistency is missing
    ```
rule-unscored-touchpoint-fix =
    Score the missing dimensions from the audit's evidence (mystery shopping, analytics, interviews). If a dimension cannot be judged yet, leave it out and accept the finding with a `[[waiver]]` whose reason says when it will be scored.
rule-missing-personas-what =
    Fires once, for the whole journey, when `content/personas/` holds no persona file. One persona is enough to silence it.
rule-missing-personas-why =
    A journey map is the journey of someone: the typical customers the interviews revealed, usually two or three personas with their own goals, questions and frustrations. Without them every touchpoint is judged against an average customer who does not exist, and Trailmark cannot tell whether a stage leaves one kind of customer without a touchpoint (`persona-gap` needs personas to work).
rule-missing-personas-example =
    An audit folder with scorecards and research notes but no `content/personas/` folder, or an empty one.
rule-missing-personas-fix =
    From the interviews with customers (8-10 is a good number), describe the 2-3 typical customers in `content/personas/<id>.md`, with `name`, `segment`, `share`, `goals` and `frustrations` in the front matter:

    ```markdown
    +++
    name = "Mette"
    segment = "Private buyer replacing the family car"
    share = 55
    goals = ["Know the full monthly cost before visiting a showroom"]
    frustrations = ["Lease offers hide the down payment"]
    +++

    Mette, 41, replaces the family car within six months...
    ```

    Then list on each touchpoint the `personas` it is meant for (no list means all).
rule-persona-gap-what =
    For every persona and every stage that has at least one touchpoint, fires when no touchpoint of that stage serves the persona: one finding per persona and stage, naming the persona. A touchpoint serves the personas listed in its `personas` key; a touchpoint without the key serves every persona, so a single one of those in a stage silences the rule there. An empty stage is `empty-stage`'s finding, not this one's, and without personas the rule has nothing to check (`missing-personas` fires instead).
rule-persona-gap-why =
    Personas go through the same stages with different questions, in different channels. When every touchpoint of a stage is aimed at other personas, that customer meets nothing from the brand at that step: the young used-car buyer who never gets a service reminder, the fleet owner with no business page. These gaps hide in a stage that looks well covered on average, and they are where a segment drifts to a competitor.
rule-persona-gap-example =
    With personas `mette`, `henrik` and `freja`, a loyalty scorecard whose touchpoints all name other personas:

    ```toml
    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id = "service-reminder-email"
    name = "Service reminder emails"
    channel = "email"
    personas = ["mette", "henrik"]
    ```

    fires `persona-gap@loyalty~freja`.
rule-persona-gap-fix =
    Ask what the persona needs in that stage and through which channel they can be reached, then extend an existing touchpoint to them (add the persona to its `personas` list once it really serves them) or add a touchpoint of their own. If the persona genuinely never passes through the stage, accept the finding with a `[[waiver]]` naming `stage` and `persona`, with the reason.
rule-too-few-interviews-what =
    Adds up the `participants` of the research notes in `content/research/` whose `method` is `interview` (the default method; `participants` defaults to 1) and fires once, for the whole journey, when the sum is below `min_interviews` in `[thresholds]` (default 8). Exactly `min_interviews` passes. Workshops, surveys and analytics do not count, however many people took part: they are valuable, but they are not the customer telling their own journey.
rule-too-few-interviews-why =
    The journey map is only as true as the customers behind it. Staff workshops and analytics show what the company sees; interviews with 8-10 real customers, each describing what they did before, during and after the purchase, bring out the questions, channels and third-party sources the company never sees, and they are the ground the personas stand on. With fewer, one unusual customer can shape a whole stage.
rule-too-few-interviews-example =
    With the default `min_interviews = 8`, two interview notes:

    ```toml
    # front matter of content/research/interviews-private-buyers.md
    method = "interview"
    participants = 4

    # front matter of content/research/interview-fleet-customer.md
    method = "interview"
    participants = 1
    ```

    add up to 5 interviewed customers, 3 short of 8.
rule-too-few-interviews-fix =
    Interview more customers, spread across the personas and the stages, and write each round up as a research note with `method = "interview"` and the number of `participants`. If the budget does not allow it this cycle, accept the finding with a `[[waiver]]` that says why and `until` the cycle the interviews are planned for.
rule-score-regression-what =
    Compares this cycle's scores with the report of the previous cycle (its snapshot in `history/`), as both reports publish them (rounded to one decimal). Fires once for every touchpoint whose score is lower than in the previous cycle: a drop of any size counts, an equal score does not. A touchpoint is matched by its id, or by its `previous_id` when it was renamed; one that is new this cycle, gone since the last, or unscored in either cycle is left out.

    Fires once for every stage whose like-for-like score dropped: the mean, now and then, of the touchpoints the stage has in both cycles, scored in both. A touchpoint added to the stage, removed from it or moved in or out is a change of scope, not a regression (`scope-change` says it), so a newly mapped touchpoint scoring low does not make a stage that improved look worse.

    Without a previous cycle's snapshot in `history/` there is nothing to compare with, and the rule cannot fire: the first audit of a client never has this finding.
rule-score-regression-why =
    A customer journey is worked on in optimisation cycles, and each cycle should leave it better than the last. A score that drops is ground lost: a campaign replaced a useful page, a team stopped answering reviews, a partner's service slipped. Such slides are easy to miss in a report that only shows the current state, and they are cheapest to reverse while the cause is still fresh.
rule-score-regression-example =
    The previous cycle's `history/2026-Q3.json` holds

    ```json
    {"{"}"touchpoints": [{"{"}"id": "search-ads", "stage": "awareness", "score": 70.0{"}"}]{"}"}
    ```

    and this cycle's scorecard scores the same touchpoint lower:

    ```toml
    {"["}[touchpoint]]
    id = "search-ads"
    {"["}touchpoint.scores]
    presence = 4
    relevance = 3
    consistency = 3
    experience = 3   # 65.0 against 70.0
    ```
rule-score-regression-fix =
    Compare the touchpoint's scores, notes, pain points and KPIs with those of the previous cycle to find the dimension that fell and why, then record an opportunity that wins it back. If the drop reflects a stricter, fairer judgement rather than a worse journey, say so in the stage note and accept the finding with a `[[waiver]]` `until` the next cycle.
rule-emotional-low-point-what =
    Fires once for every touchpoint whose `emotion`, for any persona, is at or below `low_emotion` in `[thresholds]` (default -2), whatever the touchpoint scores. With an emotion table (`emotion = {"{"} mette = -2, henrik = 0 {"}"}`) each persona's value counts; with one number, every persona the touchpoint serves feels it. The message names every persona at or below the threshold and the touchpoint's pain points. The finding's area is that of the touchpoint's first pain point that names one (`area = "technology"`), else touchpoints.
rule-emotional-low-point-why =
    Scores measure how well a touchpoint is built; emotion measures what the customer went through. A callback that rings three times a week can score a pass on presence and consistency while the customer decides never to come back. Customers remember the worst moment of a journey more than its average, so the low points deserve attention whatever the score says.
rule-emotional-low-point-example =
    ```toml
    {"["}[touchpoint]]
    id = "sales-callback"
    name = "Callback from the seller"
    channel = "phone"
    emotion = {"{"} mette = -2, henrik = 0 {"}"}
    pain_points = ["The seller calls three times a week"]
    ```

    fires for Mette, even if the touchpoint scores 60.
rule-emotional-low-point-fix =
    Find out with the customers what makes the moment so bad (the pain points), and write an opportunity that removes it, with its impact and effort. When the low point is fixed, record the new emotion from the next round of interviews.
rule-missing-emotion-data-what =
    Counts the touchpoints that have an `emotion` (a number, or a table with at least one persona; 0 counts) and fires once, for the whole journey, when they are fewer than `min_emotion_coverage` percent (default 50) of all touchpoints, computed exactly: 6 of 12 is 50 % and passes, 6 of 13 does not. Silent when the audit has no touchpoints.
rule-missing-emotion-data-why =
    The journey curve and the emotional low points rest on the emotions the interviews recorded. When only a few touchpoints have one, the curve shows where the consultant happened to ask, and averages of two values pass for a stage's mood.
rule-missing-emotion-data-example =
    Thirteen touchpoints, three with `emotion`: 23 % is below 50 %.
rule-missing-emotion-data-fix =
    Ask the interviewed customers how each touchpoint felt and record it, per persona where they differ (`emotion = {"{"} mette = -1, henrik = 1 {"}"}`). Lower `min_emotion_coverage` if the audit deliberately maps emotion only where it matters.
rule-thin-persona-evidence-what =
    For every persona, adds up the `participants` of the research notes with `method = "interview"` (the default) whose front matter names it with `persona = "<id>"`, and fires once per persona when the sum is below `min_interviews_per_persona` in `[thresholds]` (default 2). Exactly the minimum passes. Interviews that name no persona count toward `too-few-interviews` only.
rule-thin-persona-evidence-why =
    `too-few-interviews` checks the total, so eight interviews with private buyers pass while the fleet persona rests on a single call. Each persona needs its own evidence: the goals and frustrations the map shows for it must come from more than one customer.
rule-thin-persona-evidence-example =
    ```toml
    # front matter of content/research/interview-fleet-customer.md
    method = "interview"
    persona = "henrik"
    participants = 1
    ```

    is the only interview naming `henrik`: 1 is below 2.
rule-thin-persona-evidence-fix =
    Interview more customers of the persona, and name it in the research note's `persona` key. When one note covers several personas, split it per persona so each gets its share of the participants.
rule-untargeted-persona-what =
    In every `top` or `middle` stage, fires for each persona that no touchpoint of the stage names in its `personas` list, but that at least one touchpoint of the stage without a list serves, provided at least one touchpoint anywhere in the audit names personas (otherwise nothing is targeted and the rule has nothing to compare). One finding per persona and stage. Where nothing in the stage serves the persona at all, `persona-gap` fires instead.
rule-untargeted-persona-why =
    A touchpoint without `personas` counts as serving everyone, so `persona-gap` cannot see that nothing is aimed at a segment. When the audit targets the private buyers with their own touchpoints and the business customers meet only the general website, the business customers are served on paper and not in practice, just when they compare suppliers.
rule-untargeted-persona-example =
    With personas `mette` and `henrik`, a consideration scorecard:

    ```toml
    {"["}[touchpoint]]
    id = "model-pages"
    channel = "website"            # no personas: serves everyone

    {"["}[touchpoint]]
    id = "test-drive-booking"
    channel = "website"
    personas = ["mette"]
    ```

    fires `untargeted-persona@consideration~henrik`.
rule-untargeted-persona-fix =
    Ask what the persona needs to decide in that stage and aim a touchpoint at it: extend one (and add the persona to its `personas` list) or add one of its own. If a general touchpoint really is made for the persona, name the persona in its list.
rule-no-owned-soft-content-what =
    Fires once, for the whole journey, when no touchpoint, whatever its score or stage, is `owner = "owned"` (the default) with `content = "soft"`. An earned review or a paid advertorial does not count: it is not the brand's own voice. A journey with no touchpoints fires too.
rule-no-owned-soft-content-why =
    Soft content (guides, calculators, comparisons, answers to the questions customers ask) is how a brand helps before it sells. `missing-top-funnel-content` looks at the top stage only; this rule catches the journey where the brand publishes nothing of its own that informs, anywhere, and leaves that role to others.
rule-no-owned-soft-content-example =
    Every touchpoint is paid, earned or hard: search ads, a review site, price lists and the showroom.
rule-no-owned-soft-content-fix =
    Publish an owned guide, calculator or comparison where customers ask their questions (often the website or a newsletter) and map it as a touchpoint with `content = "soft"`.
rule-stale-touchpoint-what =
    Fires for every touchpoint whose `reviewed` date lies more than `max_review_age_days` in `[thresholds]` (default 365) days before the audit's `date` in site.toml. Exactly that many days is not stale. Silent when the audit has no `date`, when the touchpoint has no `reviewed` date, or when it was reviewed after the audit's date.
rule-stale-touchpoint-why =
    Websites are relaunched, phone lines rerouted and campaigns replaced. A score carried over from an old review looks as current as the rest of the report, and the client acts on a touchpoint that no longer looks that way.
rule-stale-touchpoint-example =
    ```toml
    # site.toml
    date = 2026-11-06

    # content/scorecards/loyalty.toml
    {"["}[touchpoint]]
    id = "owners-club"
    reviewed = 2025-09-30
    ```

    was reviewed 402 days before the audit.
rule-stale-touchpoint-fix =
    Review the touchpoint again (mystery shopping, a walk through the website, the current KPIs), update its scores and set `reviewed` to the day you did.
rule-scope-change-what =
    Compares the touchpoints of each stage with the previous cycle's snapshot in `history/`, by id, and fires once for every stage that gained or lost touchpoints: added to the journey, removed from it, or moved between stages (a moved touchpoint counts in both stages, the one it left and the one it joined). The message names them. A changed name is no change, and neither is an id changed with `previous_id`: the touchpoint is the same.

    Without a previous cycle's snapshot there is nothing to compare with, and the rule cannot fire.
rule-scope-change-why =
    A stage's score is the mean of its touchpoints. When a touchpoint is mapped for the first time, dropped or moved, the stage's score moves with it although the customer's experience may not have changed at all: a newly mapped touchpoint scoring 44 can make a stage that improved look like a fall. Saying the change of scope apart keeps a reader from taking a changed score for a changed journey; the report's "since" page and `score-regression` compare such stages like for like.
rule-scope-change-example =
    The previous cycle's snapshot has `radio-spot` and `search-ads` in the awareness stage; this cycle's scorecard adds a touchpoint:

    ```toml
    {"["}[touchpoint]]
    id      = "ev-guide-video"
    name    = "Video guide: living with an electric car"
    channel = "video"
    ```
rule-scope-change-fix =
    Nothing needs fixing when the change is intended: the finding is information for the reader. Say in the stage note why the touchpoints changed. If a touchpoint was only renamed, give it `previous_id = "<old id>"` so that it keeps its history.
