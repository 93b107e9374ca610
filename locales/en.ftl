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
