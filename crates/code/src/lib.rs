//! Coding events: from recognised mentions to PLOVER events with CAMEO and ACLED codes.
//!
//! [`code_article`] walks each body sentence of an [`Analysis`], cuts it into clauses (main,
//! relative, complement), and turns every event trigger into an event: source and target from
//! clause roles (subject before the verb, the Dutch inverted subject after it, agents after
//! "door"/"by", targets after "op"/"against", receivers of "krijgen steun van"), intent from
//! modals, negation and denial, counts from the people the clause counts, place and date from
//! the sentence or the article. A last pass merges mentions of one happening into one event.
#![deny(missing_docs)]

mod clause;
mod event;

pub use event::code_article;

#[cfg(test)]
mod tests {
    use super::*;
    use kroniek_lexicon::{Codebook, Lexicon};
    use kroniek_types::{Article, Date, Event};
    use std::path::Path;

    /// Codes a text in `language` with the repository's own lexicons (no gazetteer).
    fn code_in(language: &str, text: &str) -> Vec<Event> {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let book = Codebook::load(&data).unwrap();
        let lexicon = Lexicon::for_language(&data, language, &book).unwrap().unwrap();
        let article = Article::from_text(text, Date::ymd(2024, 6, 26));
        let analysis = kroniek_recognise::analyse(&article.text, article.date, &lexicon, None);
        code_article(&article, language, &analysis, &lexicon, &book)
    }

    fn code_en(text: &str) -> Vec<Event> {
        code_in("en", text)
    }

    /// The first event of PLOVER type `t`; fails the test, showing all events, when there is none.
    fn of_type<'e>(events: &'e [Event], t: &str) -> &'e Event {
        events.iter().find(|e| e.event_type.as_str() == t).unwrap_or_else(|| panic!("no {t} in {events:#?}"))
    }

    /// Every event of PLOVER type `t`, in order.
    fn all_of_type<'e>(events: &'e [Event], t: &str) -> Vec<&'e Event> {
        events.iter().filter(|e| e.event_type.as_str() == t).collect()
    }

    /// Source and target codes of the first event of type `t`.
    fn roles<'e>(events: &'e [Event], t: &str) -> (&'e str, &'e str) {
        let e = of_type(events, t);
        (code(&e.source), code(&e.target))
    }

    fn code(a: &Option<kroniek_types::Actor>) -> &str {
        a.as_ref().map_or("-", |a| a.code.as_str())
    }

    #[test]
    fn participles_add_their_counts_to_the_attack() {
        let events = code_en("ELN fighters attacked a military base in Arauca on Tuesday, killing two soldiers and wounding 20, the army said.");
        let attacks = all_of_type(&events, "ASSAULT");
        assert_eq!(attacks.len(), 1, "{events:#?}");
        assert_eq!((attacks[0].fatalities, attacks[0].injured), (Some(2), Some(20)));
    }

    #[test]
    fn a_time_stamp_is_no_count() {
        // A live blog's "08:12" before "Three people" once read as 12 + 3 killed.
        let events = code_en("08:12 Three people were killed when Russian drones hit Kharkiv overnight.");
        let attack = of_type(&events, "ASSAULT");
        assert_eq!(attack.fatalities, Some(3), "{events:#?}");
        let events = code_en("Police arrested 12 three-year-olds' parents and 2 million were displaced.");
        assert!(events.iter().all(|e| e.arrested != Some(15)), "{events:#?}");
    }

    #[test]
    fn one_attack_with_its_dead_and_wounded() {
        // The possessive country and the bracketed acronym are the org itself, and "wounded 41
        // others" is the same attack going on, not the RSF being wounded.
        let events = code_en("Artillery fire by Sudan's paramilitary Rapid Support Forces (RSF) killed at least 23 civilians and wounded 41 others on Tuesday.");
        let attacks = all_of_type(&events, "ASSAULT");
        assert_eq!(attacks.len(), 1, "{events:#?}");
        assert_eq!((code(&attacks[0].source), attacks[0].fatalities, attacks[0].injured), ("SDNREB", Some(23), Some(41)));
        // A victim verb with its people before the count of something else keeps its victims.
        let events = code_in("nl", "Ook vandaag kwamen twee Turkse soldaten om het leven, slechts enkele uren voor het staakt-het-vuren.");
        let attack = of_type(&events, "ASSAULT");
        assert_eq!((code(&attack.target), attack.fatalities), ("TURMIL", Some(2)), "{events:#?}");
    }

    #[test]
    fn a_sentence_of_more_casualties_adds_them_to_the_attack_before() {
        let events = code_in("nl", "Bij een Russische aanval op Charkiv zijn vannacht vier mensen omgekomen. Nog eens 28 mensen raakten gewond, meldt de gouverneur.");
        let attacks = all_of_type(&events, "ASSAULT");
        assert_eq!(attacks.len(), 1, "{events:#?}");
        assert_eq!((attacks[0].fatalities, attacks[0].injured), (Some(4), Some(28)));
        // And the attack told after the casualties names who did it.
        let events = code_in("nl", "Bij een schietpartij zijn woensdag twaalf Palestijnen om het leven gekomen. Dat meldt het ministerie. Volgens het ministerie openden Israëlische militairen het vuur op wachtende Palestijnen.");
        let attacks = all_of_type(&events, "ASSAULT");
        assert_eq!(attacks.len(), 1, "{events:#?}");
        assert_eq!((code(&attacks[0].source), attacks[0].fatalities), ("ISRMIL", Some(12)));
    }

    #[test]
    fn a_dutch_verb_final_clause_has_its_object_before_the_verb() {
        let events = code_in("nl", "Nederland heeft woensdag twee medewerkers van de Russische ambassade in Den Haag uitgewezen.");
        let expulsion = events.iter().find(|e| e.cameo == "166").expect("an expulsion");
        assert_eq!((code(&expulsion.source), code(&expulsion.target)), ("NLD", "RUSGOV"), "{events:#?}");
        // Actors joined by "en" are co-subjects, not subject and object.
        let events = code_in("nl", "Rusland en China hebben de resolutie afgewezen.");
        assert_eq!(roles(&events, "REJECT"), ("RUS", "-"), "{events:#?}");
    }

    #[test]
    fn what_a_speaker_reports_has_its_own_subject() {
        // The witnesses are the source of the report, not of the arrests.
        let events = code_en("Residents of Douentza said soldiers had detained 14 men at the market on Tuesday.");
        assert_eq!(roles(&events, "COERCE"), ("MIL", "CVL"), "{events:#?}");
        // Forces a speaker reports of first are its own, not those of where it happens.
        let events = code_in("nl", "Het Israëlische leger zegt dat militairen in het kamp Balata bij Nablus werden beschoten.");
        assert_eq!(code(&of_type(&events, "ASSAULT").target), "ISRMIL", "{events:#?}");
        // "volgens eigen zeggen" is the speaker's own account of what it did.
        let events = code_in("nl", "De politie heeft volgens eigen zeggen ruim 1200 mensen gearresteerd.");
        assert_eq!(roles(&events, "COERCE"), ("COP", "CVL"), "{events:#?}");
        // A raid's own raider is who killed, when the sentence names no one else.
        let events = code_in("nl", "Bij een inval van het Israëlische leger zijn woensdag drie Palestijnen om het leven gekomen.");
        assert_eq!(roles(&events, "ASSAULT"), ("ISRMIL", "PSE"), "{events:#?}");
    }

    #[test]
    fn a_number_of_units_ago_dates_from_publication() {
        let events = code_en("Two days ago Russian forces shelled Kharkiv.");
        assert_eq!(of_type(&events, "ASSAULT").date.map(|d| d.to_string()).as_deref(), Some("2024-06-24"), "{events:#?}");
        // A weekday in last week, either way round.
        for text in ["Vorige week woensdag veroverde al-Shabaab het stadje.", "Al-Shabaab veroverde woensdag vorige week het stadje."] {
            let events = code_in("nl", text);
            assert_eq!(events[0].date.map(|d| d.to_string()).as_deref(), Some("2024-06-19"), "{events:#?}");
        }
        // Centuries ago is history, not news.
        let events = code_in("nl", "Precies 353 jaar geleden beschoot het leger van de bisschop de stad.");
        assert!(events.is_empty(), "{events:#?}");
        // A day within the month named first says when.
        let events = code_en("Earlier this month, on June 3, Syrian shelling killed eight Turkish soldiers.");
        assert_eq!(of_type(&events, "ASSAULT").date.map(|d| d.to_string()).as_deref(), Some("2024-06-03"), "{events:#?}");
        // "this week" after "years ago" is a week of that past year.
        let events = code_en("Ninety years ago this week, Australian soldiers opened fire on the rebels.");
        assert!(events.is_empty(), "{events:#?}");
    }

    #[test]
    fn a_condemned_attack_names_whom_the_condemnation_targets() {
        // The attack noun's own actor.
        let events = code_in("nl", "Iran veroordeelde de Israëlische aanvallen als een schending van het internationaal recht.");
        assert_eq!(roles(&events, "ACCUSE"), ("IRN", "ISR"), "{events:#?}");
        // Else, for a state, the last attack told before.
        let events = code_en("Russian missiles struck the centre of Sumy on Sunday, killing 34 people. France also condemned the attack.");
        assert_eq!(roles(&events, "ACCUSE"), ("FRA", "RUSMIL"), "{events:#?}");
        // A body of states names no attacker the noun does not name.
        let events = code_en("Russian missiles struck the centre of Sumy on Sunday, killing 34 people. The United Nations also condemned the attack.");
        assert_eq!(roles(&events, "ACCUSE"), ("IGOUNO", "-"), "{events:#?}");
    }

    #[test]
    fn the_attackers_are_not_counted_among_their_victims() {
        let events = code_en("Two gunmen shot dead a man outside the church on Sunday.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(1), "{events:#?}");
        let events = code_in("nl", "Zondag schoten twee gemaskerde schutters bij de kerk een man dood.");
        assert_ne!(of_type(&events, "ASSAULT").fatalities, Some(2), "{events:#?}");
        // Who fled are the source of their flight and counted.
        let events = code_en("About 1,500 villagers fled into the hills after the attack.");
        assert_eq!(of_type(&events, "RETREAT").displaced, Some(1500), "{events:#?}");
    }

    #[test]
    fn counted_killers_kill_the_people_counted_after_the_verb() {
        let events = code_en("Three gunmen killed 30 people in the village in June.");
        assert_eq!(roles(&events, "ASSAULT"), ("REB", "CVL"), "{events:#?}");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(30), "{events:#?}");
        let events = code_en("A suicide bomber killed 12 people at a market.");
        assert_eq!(roles(&events, "ASSAULT"), ("REB", "CVL"), "{events:#?}");
        // A Dutch verb-second clause puts its subject after the verb.
        let events = code_in("nl", "Vorige week doodden drie schutters bij een aanval dertig mensen.");
        assert_eq!(roles(&events, "ASSAULT"), ("REB", "CVL"), "{events:#?}");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(30), "{events:#?}");
        // People listed after a comma or "en" are all victims.
        let events = code_in("nl", "Daarbij kwamen acht mensen om het leven: zes burgers en twee soldaten.");
        assert!(events.iter().all(|e| e.source.is_none()), "{events:#?}");
    }

    #[test]
    fn a_claim_of_responsibility_names_the_attacker_and_is_no_event() {
        let events = code_en("A car bomb killed 32 people at a market on Thursday. Islamic State claimed responsibility for the attack on Friday.");
        assert_eq!(events.len(), 1, "{events:#?}");
        assert_eq!(roles(&events, "ASSAULT").0, "IMGMOSISI", "{events:#?}");
        let events = code_in("nl", "Bij een aanslag op een markt zijn donderdag 32 mensen omgekomen. Terreurgroep Islamitische Staat eiste de aanslag 's avonds op.");
        assert_eq!(events.len(), 1, "{events:#?}");
        assert_eq!(roles(&events, "ASSAULT").0, "IMGMOSISI", "{events:#?}");
        // Disowning claims no deed.
        let events = code_en("A car bomb killed 32 people at a market on Thursday. No group has claimed responsibility.");
        assert_eq!(roles(&events, "ASSAULT").0, "-", "{events:#?}");
    }

    #[test]
    fn a_counted_agent_does_the_act_of_a_passive() {
        // "of" after a number counts people; it does not mark whose they are.
        let events = code_en("The parliament was attacked by hundreds of soldiers.");
        assert_eq!(roles(&events, "ASSAULT"), ("MIL", "LEG"), "{events:#?}");
        // With an agent, "was" before the participle makes a Dutch passive.
        let events = code_in("nl", "De politie ontruimde het parlement, dat door honderden soldaten was aangevallen.");
        assert_eq!(roles(&events, "ASSAULT"), ("MIL", "LEG"), "{events:#?}");
    }

    #[test]
    fn a_beating_counts_its_victims_not_the_agents_who_beat_them() {
        let events = code_en("A resident was beaten by three men on Wednesday.");
        let beating = of_type(&events, "ASSAULT");
        assert_eq!((beating.cameo.as_str(), beating.injured), ("182", Some(1)), "{events:#?}");
        let events = code_in("nl", "Een 68-jarige inwoner werd woensdag door drie jonge mannen mishandeld.");
        let beating = of_type(&events, "ASSAULT");
        assert_eq!((beating.cameo.as_str(), beating.injured), ("182", Some(1)), "{events:#?}");
    }

    #[test]
    fn a_that_clause_after_a_happening_is_a_report_of_its_own() {
        // "and that" goes back to "said", not to the fleeing.
        let events = code_en("The Red Crescent said 700 people had fled the town, and that its volunteers had distributed food to displaced families.");
        assert!(events.iter().any(|e| e.event_type.as_str() == "AID"), "{events:#?}");
        // After a threat it is what was threatened.
        let events = code_en("The group warned that it would attack the capital.");
        assert!(events.iter().all(|e| e.event_type.as_str() != "ASSAULT" || e.intent.as_str() != "actual"), "{events:#?}");
    }

    #[test]
    fn a_relative_clause_about_an_actor_has_it_as_subject() {
        let events = code_in("nl", "Het bezoek was een antwoord op de Colombiaanse president Gustavo Petro, die Peru dinsdag beschuldigde van het inpalmen van het eiland.");
        assert_eq!(roles(&events, "ACCUSE"), ("COLGOV", "PER"), "{events:#?}");
        // About a thing, the actor in the clause is its subject.
        let events = code_in("nl", "Het dorp, dat rebellen in mei innamen, is verwoest.");
        assert_eq!(roles(&events, "COERCE").0, "REB", "{events:#?}");
    }

    #[test]
    fn saying_one_was_not_involved_is_a_denial() {
        let events = code_en("The United States said it was not involved in the strike.");
        assert_eq!(of_type(&events, "REJECT").cameo, "016", "{events:#?}");
        let events = code_in("nl", "De Verenigde Staten lieten weten dat zij niet betrokken waren bij de aanval.");
        assert_eq!(of_type(&events, "REJECT").cameo, "016", "{events:#?}");
        // Calling an accusation a lie denies it.
        let events = code_en("The Russian foreign ministry called the accusations \"absurd\".");
        assert_eq!(of_type(&events, "REJECT").cameo, "016", "{events:#?}");
        let events = code_in("nl", "Het Kremlin noemde de beschuldigingen \"een verzinsel\".");
        assert_eq!(of_type(&events, "REJECT").cameo, "016", "{events:#?}");
    }

    #[test]
    fn since_after_have_is_an_adverb() {
        let events = code_en("More than 1,500 residents have since fled the town for Bangassou, the U.N. said.");
        assert_eq!(of_type(&events, "RETREAT").displaced, Some(1500), "{events:#?}");
    }

    #[test]
    fn the_same_evening_is_the_day_told_last() {
        let events = code_en("On Sunday, a Houthi sniper shot dead a woman in Taiz. The same evening, a Houthi drone struck a market, injuring three people.");
        let strike = events.iter().find(|e| e.injured == Some(3)).expect("the strike");
        assert_eq!(strike.date.map(|d| d.to_string()).as_deref(), Some("2024-06-23"), "{events:#?}");
    }

    #[test]
    fn that_year_is_the_year_named_last() {
        // The year may be named without a cue ("sinds 2018"); the month after it falls in it.
        let events = code_in("nl", "De betrekkingen zijn sinds 2018 slecht. In april van dat jaar gingen tienduizenden mensen de straat op.");
        assert_eq!(of_type(&events, "PROTEST").date.map(|d| d.to_string()).as_deref(), Some("2018-04"), "{events:#?}");
        let events = code_en("Relations soured in 2021. Later that year, police arrested 40 protesters in the capital.");
        assert_eq!(of_type(&events, "COERCE").date.map(|d| d.to_string()).as_deref(), Some("2021"), "{events:#?}");
        // A happening dated by that year is not the one dated by a month of it.
        let events = code_en("In October 2022, two car bombs in Mogadishu killed more than 100 people. A government offensive launched that year pushed the fighters out of central Somalia.");
        assert_eq!(all_of_type(&events, "ASSAULT").len(), 2, "{events:#?}");
    }

    #[test]
    fn a_day_after_opens_a_clause_with_its_own_subject() {
        let events = code_en("The government declared a curfew on Monday, a day after gunmen stormed a mining camp and killed nine workers.");
        assert_eq!(roles(&events, "ASSAULT").0, "REB", "{events:#?}");
        let events = code_in("nl", "De regering kondigde maandag een avondklok af, een dag nadat gewapende mannen een mijnkamp bestormden.");
        assert_eq!(roles(&events, "ASSAULT").0, "REB", "{events:#?}");
    }

    #[test]
    fn a_state_visit_is_a_visit_to_its_host() {
        let events = code_in("nl", "De Tadzjiekse president arriveerde donderdag voor een staatsbezoek aan Kirgizië.");
        assert_eq!(roles(&events, "CONSULT"), ("TJKGOV", "KGZ"), "{events:#?}");
    }

    #[test]
    fn being_dealt_with_firmly_is_a_threat() {
        let events = code_en("The minister said those who took up arms against the state will be dealt with very firmly.");
        assert_eq!(of_type(&events, "THREATEN").cameo, "138", "{events:#?}");
        let events = code_in("nl", "De Nederlandse regering zei: \"Relschoppers zullen keihard worden aangepakt.\"");
        assert_eq!(of_type(&events, "THREATEN").cameo, "138", "{events:#?}");
    }

    #[test]
    fn a_month_before_last_year_is_that_month_last_year() {
        // Published in June 2024: March last year is March 2023, not the March just past.
        let events = code_en("In March last year, clashes between armed factions in Tripoli killed 32 people.");
        assert_eq!(of_type(&events, "ASSAULT").date.map(|d| d.to_string()).as_deref(), Some("2023-03"), "{events:#?}");
        let events = code_in("nl", "In maart vorig jaar gingen tienduizenden mensen de straat op.");
        assert_eq!(of_type(&events, "PROTEST").date.map(|d| d.to_string()).as_deref(), Some("2023-03"), "{events:#?}");
    }

    #[test]
    fn dutch_suspensions_condemnations_and_convened_councils() {
        let events = code_in("nl", "Het ministerie van Binnenlandse Zaken schorste dinsdag 8777 medewerkers.");
        assert_eq!(of_type(&events, "COERCE").cameo, "172", "{events:#?}");
        let events = code_in("nl", "De Nederlandse minister van Buitenlandse Zaken noemde het Russische optreden onacceptabel.");
        assert_eq!(roles(&events, "ACCUSE").0, "NLDGOV", "{events:#?}");
        let events = code_in("nl", "De Oekraïense president had zondagavond de veiligheidsraad in spoedzitting bijeengeroepen.");
        assert_eq!(roles(&events, "CONSULT").0, "UKRGOV", "{events:#?}");
    }

    #[test]
    fn a_community_is_counted_civilians_of_its_country() {
        let events = code_en("About 150,000 Rohingya have fled into Bangladesh over the past 18 months.");
        let fled = of_type(&events, "RETREAT");
        assert_eq!((code(&fled.source), fled.displaced), ("MMRCVL", Some(150_000)), "{events:#?}");
    }

    #[test]
    fn executions_kill_and_revoked_visas_sanction() {
        let events = code_en("Witnesses said soldiers executed 23 villagers near the river.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(23), "{events:#?}");
        let events = code_en("The State Department revoked Colombian President Gustavo Petro's visa.");
        assert_eq!(roles(&events, "SANCTION").0, "USAGOV", "{events:#?}");
    }

    #[test]
    fn admitting_a_mistake_is_a_concession() {
        let events = code_en("Iran's military admitted on Saturday that it had shot down a Ukrainian passenger plane by mistake.");
        assert_eq!(roles(&events, "CONCEDE").0, "IRNMIL", "{events:#?}");
        let events = code_in("nl", "Het Nigeriaanse leger heeft toegegeven dat een van zijn drones per abuis een dorp trof.");
        assert_eq!(roles(&events, "CONCEDE").0, "NGAMIL", "{events:#?}");
    }

    #[test]
    fn and_before_a_count_of_another_kind_opens_a_clause() {
        let events = code_en("During the raids two men died and nine other people were detained.");
        assert_eq!(of_type(&events, "COERCE").arrested, Some(9), "{events:#?}");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(2), "{events:#?}");
        // Killed and wounded stay one attack's counts.
        let events = code_en("Three soldiers were killed and nine others wounded in a clash with gunmen.");
        let attacks = all_of_type(&events, "ASSAULT");
        assert_eq!((attacks.len(), attacks[0].fatalities, attacks[0].injured), (1, Some(3), Some(9)), "{events:#?}");
    }

    #[test]
    fn couples_tourists_and_nationals_are_civilians_of_their_country() {
        let events = code_en("The Taliban on Friday released a British couple who had been held for eight months.");
        assert_eq!(roles(&events, "RETREAT").1, "GBRCVL", "{events:#?}");
        let events = code_in("nl", "De politie heeft dinsdag twaalf Marokkaanse onderdanen aangehouden.");
        assert_eq!(roles(&events, "COERCE").1, "MARCVL", "{events:#?}");
    }

    #[test]
    fn a_month_after_early_or_late_is_a_date() {
        // Published in June 2024: "eind februari" is February 2024, not the day of the article.
        let events = code_in("nl", "De politie arresteerde eind februari vier mannen in Rotterdam.");
        assert_eq!(of_type(&events, "COERCE").date.map(|d| d.to_string()).as_deref(), Some("2024-02"), "{events:#?}");
    }

    #[test]
    fn shortly_after_that_is_when_the_text_told_last() {
        let events = code_in("nl", "Een commissie concludeerde in augustus 2022 dat het om een misdaad van de staat ging.\n\nKort na dat rapport werd de oud-procureur-generaal opgepakt.");
        assert_eq!(of_type(&events, "COERCE").date.map(|d| d.to_string()).as_deref(), Some("2022-08"), "{events:#?}");
    }

    #[test]
    fn a_day_after_since_starts_a_tally_and_abbreviated_months_date() {
        // The day told just before, inside the tally's span, dates the killing.
        let events = code_en("Monday was the bloodiest day. At least 56 people were killed, bringing the total since Saturday to 105.");
        assert_eq!(of_type(&events, "ASSAULT").date.map(|d| d.to_string()).as_deref(), Some("2024-06-24"), "{events:#?}");
        // With no such day, the span's start.
        let events = code_in("nl", "Sinds maandag zijn in de stad 112 mensen opgepakt.");
        assert_eq!(of_type(&events, "COERCE").date.map(|d| d.to_string()).as_deref(), Some("2024-06-24"), "{events:#?}");
        // "Feb. 5" is a date; "Jan" alone is a name.
        let events = code_en("Ukraine and Russia exchanged 150 prisoners of war each on Feb. 5, the first swap of the year.");
        assert_eq!(events[0].date.map(|d| d.to_string()).as_deref(), Some("2024-02-05"), "{events:#?}");
        let events = code_in("nl", "Volgens Jan Peters viel het leger gisteren de stad aan.");
        assert_eq!(of_type(&events, "ASSAULT").date.map(|d| d.to_string()).as_deref(), Some("2024-06-25"), "{events:#?}");
    }

    #[test]
    fn a_pronoun_after_an_opening_phrase_is_the_subject() {
        let events = code_en("About 20 North Korean soldiers crossed the line on Sunday. After the warning shots, they retreated to the northern side.");
        assert_eq!(roles(&events, "RETREAT").0, "PRKMIL", "{events:#?}");
        // Not when an actor stands between the pronoun and the verb.
        let events = code_en("Rebels attacked the town on Sunday. After that, they said, the army withdrew.");
        assert_eq!(roles(&events, "RETREAT").0, "MIL", "{events:#?}");
    }

    #[test]
    fn forces_sent_are_the_senders() {
        let events = code_en("Kosovo police clashed with Serb protesters. Britain said it would send 200 soldiers to reinforce the peacekeepers in Kosovo.");
        assert_eq!(roles(&events, "MOBILIZE"), ("GBR", "GBRMIL"), "{events:#?}");
    }

    #[test]
    fn a_day_dates_its_paragraph_until_another_is_named() {
        let events = code_en("Gunmen attacked a church in Derbent on Sunday. The priest was killed inside. Shortly afterwards, gunmen opened fire on a police post. On Monday, police arrested two men.");
        let dates: Vec<String> = events.iter().filter_map(|e| e.date.map(|d| d.to_string())).collect();
        assert_eq!(dates, ["2024-06-23", "2024-06-23", "2024-06-24"], "{events:#?}");
    }

    #[test]
    fn the_leads_day_dates_what_the_report_tells_later_without_a_date() {
        // Published on Wednesday 26 June; the lead tells of Tuesday.
        let events = code_en("Police fired tear gas at protesters in Nairobi on Tuesday.\n\nLater, police arrested 30 people near parliament.");
        assert_eq!(of_type(&events, "COERCE").date.map(|d| d.to_string()).as_deref(), Some("2024-06-25"), "{events:#?}");
        // Plans are not.
        let events = code_en("Police fired tear gas at protesters in Nairobi on Tuesday.\n\nThe opposition will hold more protests.");
        assert!(all_of_type(&events, "PROTEST").iter().all(|e| e.date.map(|d| d.to_string()).as_deref() != Some("2024-06-25")), "{events:#?}");
    }

    #[test]
    fn a_rejection_that_names_no_one_answers_the_last_accuser() {
        let events = code_en("India accused Pakistan of sheltering the attackers. Pakistan's foreign office rejected the accusation on Tuesday.");
        assert_eq!(roles(&events, "REJECT"), ("PAKGOV", "IND"), "{events:#?}");
    }

    #[test]
    fn emergencies_curfews_and_halted_operations_in_dutch() {
        assert_eq!(of_type(&code_in("nl", "Macron kondigt de noodtoestand af in Nieuw-Caledonië."), "COERCE").cameo, "1724");
        assert_eq!(of_type(&code_in("nl", "De regering hief de noodtoestand op."), "RETREAT").cameo, "0814");
        assert_eq!(of_type(&code_in("nl", "De Taliban staken hun militaire operaties langs de grens."), "RETREAT").cameo, "0874");
    }

    #[test]
    fn a_bare_number_before_a_protest_verb_is_a_crowd() {
        assert_eq!(roles(&code_en("Thousands rallied near the embassy on Friday."), "PROTEST").0, "CVL");
        assert_eq!(roles(&code_in("nl", "Honderden betoogden zaterdag voor het parlement."), "PROTEST").0, "CVL");
        // A word that opens a number hedges it: the students are the subject.
        assert_eq!(roles(&code_en("Around 150 students protested outside the court."), "PROTEST").0, "CVL");
    }

    #[test]
    fn background_in_a_relative_clause_dates_nothing_after_it() {
        let events = code_en("The marchers walked from the airport, where 18 people were killed on 9 January 2022, to the square. Police detained four people.");
        assert_eq!(of_type(&events, "COERCE").date.map(|d| d.to_string()).as_deref(), Some("2024-06-26"), "{events:#?}");
    }

    #[test]
    fn an_age_set_off_by_commas_after_a_name_counts_no_one() {
        let events = code_en("Father Nikolai Kotelnikov, 66, was killed in the church by gunmen.");
        assert!(events.iter().all(|e| e.fatalities != Some(66)), "{events:#?}");
        // Ages after "aged", and those joined to them, count no one either.
        let events = code_en("Two suspects, aged 27 and 34, were arrested on Monday.");
        assert_eq!(of_type(&events, "COERCE").arrested, Some(2), "{events:#?}");
        // Nor does one in brackets after a name.
        let events = code_in("nl", "Demonstrant Jansen (34) werd maandag gearresteerd.");
        assert!(events.iter().all(|e| e.arrested != Some(34)), "{events:#?}");
    }

    #[test]
    fn a_pronoun_in_a_second_complement_is_the_speakers() {
        let events = code_en("The Dominican government announced that it would step up raids, and that it would also deploy additional troops to the border.");
        assert_eq!(roles(&events, "MOBILIZE").0, "DOMGOV", "{events:#?}");
    }

    #[test]
    fn an_opening_subordinate_clause_keeps_its_actors_to_itself() {
        let events = code_en("After rebels seized the town, the army bombed the district.");
        assert_eq!(roles(&events, "ASSAULT").0, "MIL", "{events:#?}");
        // Dutch puts the main clause's subject after its verb.
        let events = code_in("nl", "Nadat de rebellen de stad hadden ingenomen, bombardeerde het leger de wijk.");
        assert_eq!(roles(&events, "ASSAULT").0, "MIL", "{events:#?}");
        let events = code_in("nl", "Toen betogers de hekken probeerden te forceren, zette de oproerpolitie pepperspray in.");
        assert_eq!(roles(&events, "ASSAULT").0, "COP", "{events:#?}");
    }

    #[test]
    fn people_counted_after_zijn_were_arrested_but_fled_of_their_own() {
        let events = code_in("nl", "In de hoofdstad zijn maandagavond 112 betogers opgepakt.");
        assert_eq!(roles(&events, "COERCE"), ("-", "CVL"), "{events:#?}");
        let events = code_in("nl", "Door de gevechten zijn meer dan 100.000 mensen op de vlucht geslagen.");
        assert_eq!(roles(&events, "RETREAT").0, "CVL", "{events:#?}");
        // "sinds" before a date is a preposition and opens no clause.
        let events = code_in("nl", "De politie pakte sinds woensdag vijftien verdachten op.");
        assert_eq!(of_type(&events, "COERCE").arrested, Some(15), "{events:#?}");
    }

    #[test]
    fn a_happening_told_as_earlier_without_a_date_is_background() {
        let events = code_in("nl", "In buurland Mali namen militairen eerder al de macht over.");
        assert!(events.is_empty(), "{events:#?}");
        let events = code_in("nl", "Het leger nam woensdag de macht over.");
        assert_eq!(of_type(&events, "COERCE").cameo.as_str(), "192", "{events:#?}");
        // Not when the word qualifies something else far from the verb.
        let events = code_en("He accused Russia of torturing prisoners, citing previously released soldiers.");
        assert_eq!(of_type(&events, "ACCUSE").cameo.as_str(), "112", "{events:#?}");
    }

    #[test]
    fn a_toll_that_rises_to_a_number_counts_it() {
        let events = code_en("The death toll from the Russian strike on Kharkiv rose to 15 on Monday.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(15), "{events:#?}");
        let events = code_in("nl", "Het dodental van de Russische aanval op Charkiv is opgelopen tot vijftien.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(15), "{events:#?}");
        let events = code_en("The number of people killed in the strike rose to 15 on Monday.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(15), "{events:#?}");
    }

    #[test]
    fn groups_of_people_joined_by_and_add_up() {
        let events = code_en("Gunmen killed three soldiers and two civilians in the village.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(5), "{events:#?}");
        let events = code_in("nl", "Bij de aanval kwamen drie militairen en twee burgers om het leven.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(5), "{events:#?}");
        // After a comma the groups spell out the count before.
        let events = code_en("The firefight killed two people, a soldier and a fighter.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(2), "{events:#?}");
    }

    #[test]
    fn a_purpose_is_no_particle_of_a_split_verb() {
        // "kwam ... om" (died) must not reach the "om" of "om ... te praten".
        let events = code_in("nl", "De VN-Veiligheidsraad kwam vandaag in spoedzitting bijeen om over de kwestie te praten.");
        assert!(all_of_type(&events, "ASSAULT").is_empty(), "{events:#?}");
        assert_eq!(roles(&events, "CONSULT").0, "IGOUNO");
        let events = code_in("nl", "De Turkse president kwam maandag naar Moskou om met Poetin over Idlib te praten.");
        assert!(all_of_type(&events, "ASSAULT").is_empty(), "{events:#?}");
        let events = code_in("nl", "Bij de beschieting kwamen gisteren twee soldaten om.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(2), "{events:#?}");
    }

    #[test]
    fn members_of_a_group_are_counted_people() {
        let events = code_en("Five members of the security forces were killed in the ambush.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(5), "{events:#?}");
        // Not one person for "een burgerwacht", and across an adjective.
        let events = code_in("nl", "Bij een luchtaanval zijn zaterdag zestien leden van een burgerwacht om het leven gekomen.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(16), "{events:#?}");
        let events = code_in("nl", "De politie heeft woensdag acht leden van een extreemrechtse terreurgroep opgepakt.");
        assert_eq!(of_type(&events, "COERCE").arrested, Some(8), "{events:#?}");
    }

    #[test]
    fn a_role_word_before_a_date_marks_the_date() {
        // "On" takes "Tuesday": the army is the subject, not whom the attack was on.
        let events = code_en("On Tuesday, the army attacked the town.");
        assert_eq!(roles(&events, "ASSAULT"), ("MIL", "-"), "{events:#?}");
        let events = code_en("Human Rights Watch on Friday accused the army of killing villagers.");
        assert_eq!(roles(&events, "ACCUSE").1, "MIL", "{events:#?}");
    }

    #[test]
    fn a_participle_adjunct_leaves_the_noun_before_it_standing() {
        let events = code_en("Hundreds of people held a sit-in outside the press club, demanding the arrest of the attackers.");
        assert!(events.iter().any(|e| e.event_type.as_str() == "PROTEST"), "{events:#?}");
        // Whom an arrest is of was arrested.
        let events = code_en("Police announced the arrest of three militants in Peshawar.");
        assert_eq!(roles(&events, "COERCE").1, "REB", "{events:#?}");
    }

    #[test]
    fn a_later_part_of_a_longer_pattern_is_no_trigger_of_its_own() {
        let events = code_in("nl", "Eritrea heeft alle reservisten tot zestig jaar opgeroepen.");
        let types: Vec<&str> = events.iter().map(|e| e.event_type.as_str()).collect();
        assert_eq!(types, ["MOBILIZE"], "{events:#?}");
        // Of the same kind it still counts: "gewond" after "raakten er 15".
        let events = code_in("nl", "Bij de botsingen raakten er 15 gewond.");
        assert_eq!(of_type(&events, "ASSAULT").injured, Some(15), "{events:#?}");
    }

    #[test]
    fn an_age_is_no_count() {
        // One student of 23, not 23 people.
        let events = code_in("nl", "Bij de schietpartij werd gisteren de 23-jarige student doodgeschoten.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(1), "{events:#?}");
        let events = code_en("The 23-year-old student was killed late on Thursday when police opened fire.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(1), "{events:#?}");
    }

    #[test]
    fn a_person_shot_several_times_is_the_victim() {
        // "several times" counts no one: the mayor is who was shot, not who shot.
        let events = code_en("The mayor was shot several times on Saturday night while attending a festival.");
        assert_eq!(roles(&events, "ASSAULT"), ("-", "GOV"), "{events:#?}");
        // Drones shot down are no shooting of people.
        assert!(code_en("It says 60 drones were shot down or jammed.").is_empty());
    }

    #[test]
    fn a_dutch_passive_auxiliary_makes_the_people_counted_victims() {
        // The police reporting the arrests made them.
        let events = code_in("nl", "In de hoofdstad werden volgens de politie 31 mensen opgepakt.");
        assert_eq!(roles(&events, "COERCE"), ("COP", "CVL"), "{events:#?}");
        let events = code_in("nl", "Vier arbeiders werden door de politie doodgeschoten.");
        assert_eq!(roles(&events, "ASSAULT"), ("COP", "CVL"), "{events:#?}");
    }

    #[test]
    fn a_named_army_the_lexicon_lacks_is_an_armed_group() {
        let events = code_en("On Tuesday the Ta'ang National Liberation Army accused the military of breaking the truce.");
        let accusation = of_type(&events, "ACCUSE");
        assert_eq!(code(&accusation.source), "REB", "{events:#?}");
        // A country opening the name makes it that country's force.
        let events = code_en("On Tuesday Russian Aerospace Forces struck the town.");
        let strike = of_type(&events, "ASSAULT");
        assert_eq!(code(&strike.source), "RUSMIL", "{events:#?}");
    }

    #[test]
    fn a_dutch_count_stands_before_its_verb() {
        let events = code_in("nl", "Bij een Russische aanval op Charkiv zijn gisteravond zeker vier mensen omgekomen en 32 anderen gewond geraakt.");
        let attack = of_type(&events, "ASSAULT");
        assert_eq!((attack.fatalities, attack.injured), (Some(4), Some(32)), "{events:#?}");
        let events = code_in("nl", "De politie heeft gisteren in Den Haag 527 klimaatactivisten aangehouden.");
        assert!(events.iter().any(|e| e.arrested == Some(527)), "{events:#?}");
    }

    #[test]
    fn weapons_fire_and_organisations_keep_their_people_and_descriptions() {
        // The missiles are how the ship was struck, "militia" is the Houthis themselves.
        let events = code_en("Yemen's Houthi militia struck a bulk carrier with two anti-ship missiles on Wednesday.");
        assert_eq!(roles(&events, "ASSAULT"), ("YEMREB", "-"), "{events:#?}");
        let events = code_en("Hamas fighters attacked Israeli soldiers near the fence.");
        assert_eq!(roles(&events, "ASSAULT"), ("PSEREB", "ISRMIL"), "{events:#?}");
        // A role of the organisation's own sector before it describes it: one actor, not two.
        let events = code_en("Ethiopia's government and the rebel Oromo Liberation Army opened peace talks in Tanzania.");
        assert_eq!(roles(&events, "CONSULT"), ("ETHGOV", "ETHREB"), "{events:#?}");
        // Armed people of a community are of the armed role's sector.
        let events = code_en("Rohingya insurgents attacked police posts on Friday.");
        assert_eq!(roles(&events, "ASSAULT").0, "MMRREB", "{events:#?}");
        let events = code_in("nl", "Bij een aanslag op een markt zijn vrijdag 32 mensen omgekomen. De terreurgroep al-Shabaab eiste de aanslag op.");
        assert_eq!(roles(&events, "ASSAULT").0, "SOMREB", "{events:#?}");
    }

    #[test]
    fn the_two_sides_of_a_clash_come_after_between() {
        let events = code_en("Heavy clashes between the army and the RSF killed 12 people on Monday.");
        assert_eq!(roles(&events, "ASSAULT"), ("MIL", "SDNREB"), "{events:#?}");
        let events = code_in("nl", "Aan de grens tussen Armenië en Azerbeidzjan is dinsdag zwaar gevochten.");
        assert_eq!(roles(&events, "ASSAULT"), ("ARM", "AZE"), "{events:#?}");
    }

    #[test]
    fn a_participle_describing_an_actor_is_no_event() {
        let events = code_en("A spokesperson for the government accused the banned Balochistan Liberation Army of the abduction.");
        assert!(events.iter().all(|e| e.event_type.as_str() != "COERCE"), "{events:#?}");
        let events = code_in("nl", "De aangehouden demonstranten werden met bussen weggebracht.");
        assert!(events.iter().all(|e| e.event_type.as_str() != "COERCE"), "{events:#?}");
    }

    #[test]
    fn a_titled_speaker_with_an_unknown_name_is_no_target() {
        let events = code_en("Three people were killed and 17 injured when Russian drones hit a residential area of Kharkiv overnight, regional governor Oleh Syniehubov said on Telegram.");
        let attacks = all_of_type(&events, "ASSAULT");
        assert_eq!(attacks.len(), 1, "{events:#?}");
        assert_eq!((code(&attacks[0].source), attacks[0].fatalities, attacks[0].injured), ("RUSMIL", Some(3), Some(17)));
    }

    #[test]
    fn a_named_treaty_is_no_event() {
        let events = code_in("nl", "In de laatste zaal draait alles om het Twaalfjarig Bestand en de Vrede van Münster.");
        assert!(events.is_empty(), "{events:#?}");
    }

    #[test]
    fn a_label_before_a_colon_names_the_story_not_its_actors() {
        let attack = of_type(&code_en("Ukraine war live: Russian strike on Kharkiv kills four."), "ASSAULT").clone();
        assert_eq!(code(&attack.source), "RUS", "{attack:#?}");
        // "will strike on Monday" is a labour strike, not an attack.
        assert!(code_en("Workers will strike on Monday.").iter().all(|e| e.event_type.as_str() != "ASSAULT"));
        // A speaker before the colon still speaks.
        let events = code_en("Israel's army said: it struck Hamas targets in Gaza.");
        assert_eq!(code(&of_type(&events, "ASSAULT").source), "ISRMIL", "{events:#?}");
    }

    #[test]
    fn both_countries_are_the_parties_not_their_mediator() {
        let events = code_in("nl", "Aan de grens tussen Armenië en Azerbeidzjan is dinsdag zwaar gevochten. Na bemiddeling door Rusland kwamen beide landen 's avonds een staakt-het-vuren overeen.");
        assert_eq!(roles(&events, "AGREE"), ("ARM", "AZE"), "{events:#?}");
    }

    #[test]
    fn a_relative_clause_does_not_hide_the_subject() {
        let events = code_en("Mali and Burkina Faso, which are also run by military governments, rejected the proposal.");
        let rejection = of_type(&events, "REJECT");
        assert_eq!(code(&rejection.source), "MLI");
        assert!(rejection.other_actors.iter().any(|a| a.code == "BFA"), "{rejection:#?}");
        // A conjunction inside the relative clause ("since") does not end it.
        let events = code_en("The RSF, which has been attacking the army since April, said it had accepted the invitation.");
        let attack = of_type(&events, "ASSAULT");
        let agreement = of_type(&events, "AGREE");
        assert_eq!((code(&attack.source), code(&agreement.source)), ("SDNREB", "SDNREB"), "{events:#?}");
    }

    #[test]
    fn a_pronoun_or_a_conjunction_keeps_the_earlier_subject() {
        let events = code_en("The European Union said it welcomed the progress and urged Armenia to sign the treaty.");
        let request = of_type(&events, "REQUEST");
        assert!(code(&request.source).starts_with("IGOEU") && code(&request.target) == "ARM", "{request:#?}");
    }

    #[test]
    fn actors_do_not_reach_across_a_sentence_end() {
        // "Emiraten. President Zelensky" is no Emirati president; "in jaren. Iran" no place.
        let events = code_in("nl", "Het was bemiddeld door de Emiraten. President Zelensky bedankte de Emiraten voor de bemiddeling.");
        let thanks = of_type(&events, "SUPPORT");
        assert_eq!((code(&thanks.source), code(&thanks.target)), ("UKRGOV", "ARE"));
        let events = code_in("nl", "Het zijn de eerste gesprekken in jaren. Iran weigerde rechtstreeks met de Amerikanen te onderhandelen.");
        let refusal = of_type(&events, "REJECT");
        assert_eq!(code(&refusal.source), "IRN");
    }

    #[test]
    fn who_speaks_and_who_is_spoken_of() {
        // After "said", the other side's actor is the subject of what is reported ...
        let events = code_en("A Taliban spokesman said Pakistani jets had bombed four villages near the border.");
        let strike = of_type(&events, "ASSAULT");
        assert_eq!(code(&strike.source), "PAKMIL", "{events:#?}");
        // ... but an attribution closed by a comma, before or after, is only the speaker.
        for text in ["According to the UN, Russian forces attacked Kharkiv.", "Russian forces attacked Kharkiv, according to the UN."] {
            let events = code_en(text);
            assert_eq!(code(&events[0].source), "RUSMIL", "{text}");
        }
        // And the speaker's own side stays the speaker's ("the governor said his government").
        let events = code_en("Nigeria's foreign minister said his government would not pay any ransom.");
        let refusal = of_type(&events, "REJECT");
        assert!(code(&refusal.source).starts_with("NGA"), "{events:#?}");
        // A verb of asking after "and" at the end of what was reported is the speaker's again;
        // a deed stays the reported subject's.
        let events = code_en("The ministry said that the rebels had attacked the town and called on the army to respond.");
        assert_eq!(roles(&events, "ASSAULT").0, "REB", "{events:#?}");
        assert_eq!(roles(&events, "REQUEST"), ("GOV", "MIL"), "{events:#?}");
    }

    #[test]
    fn dutch_attributions_and_pronoun_complements() {
        // "volgens de EU" names the source of the report, not who delivered.
        let events = code_in("nl", "Volgens de EU heeft Iran ballistische raketten aan Rusland geleverd.");
        assert!(code(&events[0].source).starts_with("IRN"), "{events:#?}");
        // "dat het ...": the pronoun is the main clause's subject; the soldiers before the
        // verb are the object of a Dutch subordinate clause.
        let events = code_in("nl", "Servië heeft zaterdag aangekondigd dat het een deel van de militairen aan de grens terugtrekt.");
        let retreat = of_type(&events, "RETREAT");
        assert_eq!(code(&retreat.source), "SRB", "{events:#?}");
    }

    #[test]
    fn an_indefinite_article_counts_one_person_only_when_nothing_else_counts() {
        assert_eq!(code_en("A police officer was killed near the border.")[0].fatalities, Some(1));
        assert_eq!(code_in("nl", "Een Kosovaarse agent kwam om het leven.")[0].fatalities, Some(1));
        assert_eq!(code_en("A soldier killed three civilians.")[0].fatalities, Some(3));
    }

    #[test]
    fn a_pronoun_after_a_conjunction_keeps_the_subject() {
        let events = code_en("Ukrainian troops crossed the border last week, and they attacked the Russian army near Kursk.");
        assert_eq!(roles(&events, "ASSAULT"), ("UKRMIL", "RUSMIL"), "{events:#?}");
    }

    #[test]
    fn the_attack_restated_tells_when_it_happened() {
        // "De aanval vond maandagmiddag plaats": the definite noun is the attack told before,
        // not a second one, and its day is that attack's.
        let events = code_in("nl", "Jihadistische strijders hebben in Mali een konvooi aangevallen. Daarbij kwamen zeven mensen om het leven. De aanval vond maandagmiddag plaats op de weg naar de hoofdstad.");
        let attacks = all_of_type(&events, "ASSAULT");
        assert_eq!(attacks.len(), 1, "{events:#?}");
        assert_eq!((attacks[0].fatalities, attacks[0].date), (Some(7), Date::ymd(2024, 6, 24)), "{events:#?}");
    }

    #[test]
    fn a_lead_takes_the_day_the_next_sentence_pins() {
        // "said on Wednesday" dates the telling; the bombing's day comes after.
        let events = code_en("A military airstrike on a village in Rakhine killed 17 people, officials said on Wednesday. Two fighter jets bombed the village late Monday night, residents said.");
        let attacks = all_of_type(&events, "ASSAULT");
        assert_eq!(attacks.len(), 1, "{events:#?}");
        assert_eq!((attacks[0].fatalities, attacks[0].date), (Some(17), Date::ymd(2024, 6, 24)), "{events:#?}");
        // Past the lead, an undated sentence is background and keeps the report's day.
        let events = code_en("Police arrested five protesters in Lagos. The governor said the protests were illegal. Gunmen have killed hundreds of people in the region. Gunmen attacked a police post near Lagos on Monday.");
        let killings = all_of_type(&events, "ASSAULT");
        assert_eq!(killings.len(), 2, "{events:#?}");
        assert_eq!(killings[0].date, Date::ymd(2024, 6, 26), "{events:#?}");
    }

    #[test]
    fn a_year_before_last_dates_its_happening_as_background() {
        // Reported in 2024: a raid "in 2021" and a crackdown of 2017 are background, coded on
        // their own dates with less confidence than the news.
        let raid = code_en("In a similar raid on Batibo in 2021, separatists killed three soldiers.");
        let news = code_en("In a raid on Batibo on Monday, separatists killed three soldiers.");
        let (raid, news) = (of_type(&raid, "ASSAULT"), of_type(&news, "ASSAULT"));
        assert_eq!((raid.date.map(|d| d.year), raid.fatalities), (Some(2021), Some(3)));
        assert!(raid.confidence < news.confidence, "{raid:#?}");
        let events = code_en("The conflict began in 2017, when security forces cracked down on peaceful protests.");
        assert!(events.iter().all(|e| e.date.is_some_and(|d| d.year == 2017)), "{events:#?}");
        // A year in a phrase further on does not date the happening.
        let events = code_en("Police arrested 12 protesters on Monday, in line with rules set by the Supreme Court in 2020.");
        assert_eq!(of_type(&events, "COERCE").date, Date::ymd(2024, 6, 24), "{events:#?}");
        // Nor does one beside a day: the day dates it.
        let events = code_en("The rebels, formed in 2011, attacked an army base on Monday.");
        assert_eq!(of_type(&events, "ASSAULT").date, Date::ymd(2024, 6, 24), "{events:#?}");
    }

    #[test]
    fn a_feature_that_opens_in_the_past_stays_there_until_it_names_the_present() {
        let text = "In augustus 1831 trok een Nederlands leger de grens met België over.\n\nKoning Leopold I, die pas op 21 juli de eed had afgelegd, riep de hulp in van Frankrijk. Een Frans leger marcheerde België binnen.\n\nOp maandag hebben betogers in Brussel gedemonstreerd.";
        let events = code_in("nl", text);
        assert_eq!(events.len(), 1, "{events:#?}");
        assert_eq!(events[0].event_type.as_str(), "PROTEST", "{events:#?}");
        // The past may be named later in the lead paragraph.
        let text = "Het is stil op de dijk. Een paar schapen grazen. Hier werd in oktober 1944 zwaar gevochten.\n\nSoldaten vochten tot hun middel in het water. Honderden Canadezen sneuvelden.";
        assert_eq!(code_in("nl", text), [], "history read as news");
    }

    #[test]
    fn a_day_later_counts_from_the_day_told_last() {
        let events = code_in("nl", "Zaterdag voerde de Pakistaanse luchtmacht aanvallen uit in Afghanistan. Een dag later vielen Afghaanse grenstroepen Pakistaanse posten aan.");
        let attacks = all_of_type(&events, "ASSAULT");
        assert_eq!(attacks.iter().map(|e| e.date).collect::<Vec<_>>(), [Date::ymd(2024, 6, 22), Date::ymd(2024, 6, 23)], "{events:#?}");
        // "two days after" counts back from the day the sentence told, for what follows it.
        let events = code_en("The government imposed a curfew on Tuesday, two days after a prison riot killed 17 inmates.");
        assert_eq!(of_type(&events, "ASSAULT").date, Date::ymd(2024, 6, 23), "{events:#?}");
        assert_eq!(of_type(&events, "COERCE").date, Date::ymd(2024, 6, 25), "{events:#?}");
        // With no day told before, "the next day" dates nothing.
        let events = code_en("The next day, soldiers attacked a village in Mali.");
        assert_eq!(of_type(&events, "ASSAULT").date, Date::ymd(2024, 6, 26), "{events:#?}");
    }

    #[test]
    fn a_month_or_a_year_later_counts_from_the_date_told_last() {
        let events = code_en("Rebels seized Goma in November 2012. Government troops attacked the rebels in Goma the following month. Rebels shelled Bunia a year later.");
        let attacks = all_of_type(&events, "ASSAULT");
        assert_eq!(attacks.iter().map(|e| e.date).collect::<Vec<_>>(), [Some(Date::ym(2012, 12)), Some(Date::y(2013))], "{events:#?}");
        let events = code_in("nl", "De oorlog begon in november 2020. Een jaar later vielen rebellen de stad Dessie aan.");
        assert_eq!(of_type(&events, "ASSAULT").date, Some(Date::y(2021)), "{events:#?}");
    }

    #[test]
    fn a_year_between_the_article_and_an_event_noun_dates_that_event_alone() {
        let events = code_en("A court on Thursday convicted 28 men over the 1999 massacre. Rebels attacked a village in March.");
        assert_eq!(of_type(&events, "COERCE").date, Date::ymd(2024, 6, 20), "{events:#?}");
        let dates: Vec<_> = all_of_type(&events, "ASSAULT").iter().map(|e| e.date).collect();
        // Named, not told: the massacre is history, and "March" is this year's.
        assert_eq!(dates, [Some(Date::ym(2024, 3))], "{events:#?}");
        let events = code_en("The rebels refused to sign the 2018 peace deal.");
        assert_eq!(of_type(&events, "AGREE").date, Some(Date::y(2018)), "{events:#?}");
        assert_eq!(of_type(&events, "REJECT").date, Date::ymd(2024, 6, 26), "{events:#?}");
    }

    #[test]
    fn a_seizure_that_kills_is_also_an_attack_and_a_headline_told_again_is_one_event() {
        let events = code_en("Militants kill 14 soldiers in attack on army base. Militants overran a military base in Borno on Sunday, killing 14 soldiers.");
        let attacks = all_of_type(&events, "ASSAULT");
        assert_eq!(attacks.len(), 1, "{events:#?}");
        assert_eq!((attacks[0].fatalities, attacks[0].date), (Some(14), Date::ymd(2024, 6, 23)), "{events:#?}");
        assert_eq!(of_type(&events, "COERCE").fatalities, None, "{events:#?}");
    }

    #[test]
    fn a_count_reaches_its_verb_across_an_unknown_noun_and_a_stopword() {
        let events = code_en("Two other miners were wounded on Tuesday.");
        assert_eq!(of_type(&events, "ASSAULT").injured, Some(2), "{events:#?}");
    }

    #[test]
    fn the_pattern_with_more_parts_on_one_anchor_wins() {
        // "zette ... in" deploys; "zette traangas ... in" is force used on a crowd.
        let events = code_in("nl", "De oproerpolitie zette traangas en rubberkogels in om betogers uiteen te drijven.");
        assert_eq!(events.iter().map(|e| e.cameo.as_str()).collect::<Vec<_>>(), ["175"], "{events:#?}");
        let events = code_in("nl", "De regering zette het leger in.");
        assert_eq!(of_type(&events, "MOBILIZE").cameo.as_str(), "154", "{events:#?}");
        // Of two as long, the one that closes sooner: the army entered the town ("trok ...
        // binnen"), it withdrew nothing ("trok ... in", with an "in" far after).
        let events = code_in("nl", "Het leger trok zaterdag Wad Madani binnen, ruim een jaar nadat de stad in december in handen van de RSF viel.");
        assert!(events.iter().all(|e| e.event_type.as_str() != "CONCEDE"), "{events:#?}");
        assert_eq!(of_type(&events, "COERCE").cameo.as_str(), "192", "{events:#?}");
    }

    #[test]
    fn a_dutch_verb_final_killing_keeps_its_doer() {
        let events = code_in("nl", "Israël heeft gisteren drie Palestijnen gedood.");
        assert_eq!(roles(&events, "ASSAULT"), ("ISR", "PSE"), "{events:#?}");
        // A speaker is no doer.
        let events = code_in("nl", "Het ministerie zei dat vier mensen werden gedood.");
        assert_eq!(roles(&events, "ASSAULT").0, "-", "{events:#?}");
    }

    #[test]
    fn a_happening_dated_long_before_the_report_is_history() {
        let events = code_en("On 25 October 1854 Russian artillery killed 110 British cavalrymen.");
        assert!(events.is_empty(), "{events:#?}");
        let events = code_en("On 25 June Russian artillery killed 11 Ukrainian soldiers.");
        assert_eq!(of_type(&events, "ASSAULT").date, Date::ymd(2024, 6, 25), "{events:#?}");        // So is the title of a feature whose lead tells history.
        let events = code_in("nl", "450 jaar Leidens Ontzet: hoe een stad honger leed en het water de Spanjaarden verdreef\n\nOp 3 oktober 1574 voeren geuzenschepen de stad binnen. De Spaanse troepen sloegen op de vlucht.");
        assert!(events.is_empty(), "{events:#?}");
    }

    #[test]
    fn acronyms_that_are_words_count_only_in_capitals() {
        let events = code_en("Officials who fled to Port-au-Prince said the WHO sent aid.");
        let aid = of_type(&events, "AID");
        assert!([&aid.source, &aid.target].iter().any(|a| code(a) == "IGOUNO"), "{events:#?}");
        let events = code_en("Gangs who control Port-au-Prince attacked a police station.");
        assert!(events.iter().all(|e| !format!("{e:?}").contains("IGOAFRAFU") && !format!("{e:?}").contains("IGOUNO")), "{events:#?}");
    }

    #[test]
    fn history_dated_by_a_bare_year_stays_history_to_its_paragraph_end() {
        // "In the summer of 1683" dates what follows in the paragraph; the next paragraph and
        // the present day ("on Thursday") do not inherit it.
        let text = "In the summer of 1683, an Ottoman army surrounded the city. For two months, Ottoman artillery pounded the walls.\n\nOn Thursday Russian artillery killed 11 Ukrainian soldiers.";
        let events = code_en(text);
        let attacks = all_of_type(&events, "ASSAULT");
        assert_eq!(attacks.len(), 1, "{events:#?}");
        assert_eq!(attacks[0].fatalities, Some(11));
        // A year in a relative clause dates only that clause.
        let events = code_en("The museum, which opened in 1998, is closed. Police arrested 15 protesters.");
        assert_eq!(of_type(&events, "COERCE").arrested, Some(15), "{events:#?}");
        // A history feature's months without a year fall in the year it last named.
        let events = code_in("nl", "In het voorjaar van 1574 belegerden Spaanse troepen de stad. De Spanjaarden trokken zich in de nacht van 2 op 3 oktober terug.");
        assert!(events.is_empty(), "{events:#?}");
    }

    #[test]
    fn dutch_comma_dat_opens_a_relative_clause() {
        let events = code_in("nl", "Egypte, dat zelf in een conflict met Ethiopië verwikkeld is, stuurde dinsdag militairen naar Somalië.");
        assert_eq!(roles(&events, "MOBILIZE").0, "EGY", "{events:#?}");
    }

    #[test]
    fn of_far_after_a_noun_trigger_is_the_targets() {
        // "van het Syrische regeringsleger" qualifies the tanks, not the air strikes.
        let events = code_in("nl", "Israël voerde dinsdag luchtaanvallen uit op tanks en voertuigen van het Syrische regeringsleger.");
        assert_eq!(roles(&events, "ASSAULT"), ("ISR", "SYRMIL"), "{events:#?}");
    }

    #[test]
    fn what_a_ministry_said_after_another_event_is_an_event() {
        let events = code_en("Riot police fired water cannon at demonstrators overnight, and the Interior Ministry said on Tuesday that 43 people had been detained.");
        assert_eq!(of_type(&events, "COERCE").arrested, Some(43), "{events:#?}");
        // What is threatened is still no event of its own.
        let events = code_en("Mali warned that an intervention would mean war.");
        assert!(all_of_type(&events, "ASSAULT").is_empty(), "{events:#?}");
    }

    #[test]
    fn a_past_year_opening_the_sentence_dates_it_as_background() {
        let events = code_en("In 2014, rebels seized the airport. Rebels seized the airport on Tuesday.");
        let dates: Vec<_> = events.iter().filter(|e| e.sentence.contains("airport")).map(|e| e.date.map(|d| d.to_string())).collect();
        assert_eq!(dates, [Some("2014".to_string()), Some("2024-06-25".to_string())], "{events:#?}");
        // Mid-sentence, a recent year is left alone: "rules set in 2020" do not date the arrest.
        let events = code_en("Police arrested 12 protesters under rules set in 2020.");
        assert_eq!(of_type(&events, "COERCE").arrested, Some(12), "{events:#?}");
    }

    #[test]
    fn dutch_killings_count_their_dead_written_as_one_word() {
        let events = code_in("nl", "Bij een aanval van de paramilitaire RSF op een woonwijk zijn zondag zeker eenendertig burgers omgekomen.");
        let attack = of_type(&events, "ASSAULT");
        assert_eq!(attack.fatalities, Some(31), "{events:#?}");
        assert_eq!(code(&attack.source), "SDNREB", "the attacker named with the noun: {events:#?}");
        // Hundreds and thousands are written together too.
        let events = code_in("nl", "Sindsdien zijn ruim zeshonderd mensen omgekomen. Bijna drieduizend inwoners zijn gevlucht.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(600), "{events:#?}");
        assert_eq!(of_type(&events, "RETREAT").displaced, Some(3000), "{events:#?}");
    }

    #[test]
    fn a_lifted_curfew_is_a_concession_not_a_curfew() {
        let events = code_in("nl", "De president heeft de avondklok in de havenstad opgeheven.");
        assert!(events.iter().all(|e| e.event_type.as_str() != "COERCE"), "{events:#?}");
        assert!(!all_of_type(&events, "RETREAT").is_empty(), "{events:#?}");
    }

    #[test]
    fn sanctions_and_summoned_envoys_follow_the_plover_manual() {
        let events = code_en("The European Union imposed sanctions on Iran on Monday.");
        assert_eq!(of_type(&events, "SANCTION").cameo, "163", "{events:#?}");
        let events = code_en("Manila summoned China's ambassador on Monday.");
        assert_eq!(of_type(&events, "ACCUSE").cameo, "111", "{events:#?}");
    }

    #[test]
    fn what_a_request_asks_for_is_no_happening() {
        let events = code_en("The governor called on the federal government to send more troops to Borno.");
        assert_eq!(of_type(&events, "REQUEST").cameo, "100", "{events:#?}");
        assert!(all_of_type(&events, "MOBILIZE").is_empty(), "{events:#?}");
        let events = code_in("nl", "Hij riep de regering op meer soldaten naar Borno te sturen.");
        assert!(all_of_type(&events, "MOBILIZE").is_empty(), "{events:#?}");
        // A clause after the request tells a happening of its own.
        let events = code_en("The UN called on Israel to halt its strikes, as Israel struck Gaza again.");
        assert_eq!(of_type(&events, "ASSAULT").intent, kroniek_types::Intent::Actual, "{events:#?}");
        // Announced, a Dutch infinitive with its object before it is planned.
        let events = code_in("nl", "Het leger kondigde aan extra eenheden naar het zuiden te sturen.");
        assert_eq!(of_type(&events, "MOBILIZE").intent, kroniek_types::Intent::Planned, "{events:#?}");
    }

    #[test]
    fn what_the_accused_did_is_done_by_the_accused() {
        let events = code_en("Human Rights Watch accused the army of killing 48 civilians.");
        assert_eq!(roles(&events, "ACCUSE"), ("NGOHRW", "MIL"));
        assert_eq!(roles(&events, "ASSAULT"), ("MIL", "CVL"));
        let events = code_in("nl", "Rusland beschuldigde Oekraïne ervan een ziekenhuis te hebben beschoten.");
        assert_eq!(code(&of_type(&events, "ASSAULT").source), "UKR", "{events:#?}");
        // Condemning names no doer: the attack keeps its own roles.
        let events = code_en("The UN condemned the attack by RSF fighters on a camp.");
        assert_ne!(code(&of_type(&events, "ASSAULT").source), "IGOUNO", "{events:#?}");
    }

    #[test]
    fn an_aside_naming_some_of_the_dead_keeps_the_count_before_it() {
        let events = code_en("Three civilians, including a 62-year-old woman and her grandson, were killed when a shell hit their house.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(3), "{events:#?}");
        let events = code_in("nl", "Vier burgers, waaronder een vrouw van 62 en haar kleinzoon, kwamen om toen een granaat hun huis trof.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(4), "{events:#?}");
        // "of them" after a total names a part; alone it names the count.
        let events = code_in("nl", "Negen mensen raakten gewond, drie van hen ernstig.");
        assert_eq!(of_type(&events, "ASSAULT").injured, Some(9), "{events:#?}");
        let events = code_en("Troops clashed with insurgents, killing nine of them.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(9), "{events:#?}");
        // A part right before its verb is who it befell, not the total before it.
        let events = code_en("Gunmen kidnapped four Americans, two of whom were killed.");
        assert!(events.iter().any(|e| e.fatalities == Some(2)) && events.iter().all(|e| e.fatalities != Some(4)), "{events:#?}");
        let events = code_in("nl", "Gewapende mannen ontvoerden vier Amerikanen, waarbij twee van hen om het leven kwamen.");
        assert!(events.iter().any(|e| e.fatalities == Some(2)), "{events:#?}");
        // With the part's own noun and a comma it is an aside again.
        let events = code_en("At least six people, two of them civilians, were killed in the fighting.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(6), "{events:#?}");
    }

    #[test]
    fn passers_by_are_civilians_counted_one() {
        for events in [code_in("nl", "Een voorbijganger werd doodgeschoten."), code_en("A bystander was killed by a stray bullet.")] {
            let killing = of_type(&events, "ASSAULT");
            assert_eq!(killing.fatalities, Some(1), "{events:#?}");
            assert_eq!(killing.target.as_ref().and_then(|t| t.sector.as_deref()), Some("CVL"), "{events:#?}");
        }
    }

    #[test]
    fn a_lynched_manager_is_business_not_a_general() {
        for events in [code_en("Workers were seen beating a general manager to death."), code_in("nl", "Arbeiders sloegen de bedrijfsleider dood.")] {
            let killing = of_type(&events, "ASSAULT");
            assert_eq!(killing.cameo.as_str(), "1823", "{events:#?}");
            assert_eq!(killing.target.as_ref().and_then(|t| t.sector.as_deref()), Some("BUS"), "{events:#?}");
        }
    }

    #[test]
    fn the_agency_and_the_group_are_the_organisations_named_before() {
        let events = code_en("The International Organization for Migration said 4,500 people had fled. The agency said it had distributed blankets to 1,200 families.");
        assert_eq!(code(&of_type(&events, "AID").source), "IGOUNO", "{events:#?}");
        let events = code_en("Human Rights Watch accused the army of killing civilians. The group called on the junta to open an inquiry.");
        assert_eq!(code(&of_type(&events, "REQUEST").source), "NGOHRW", "{events:#?}");
        let events = code_in("nl", "Al-Shabaab eiste de aanslag op. De groep pleegde eerder aanslagen op militairen in Mogadishu.");
        assert_eq!(code(&all_of_type(&events, "ASSAULT").last().expect("an attack").source), "SOMREB", "{events:#?}");
        // Organising is no organisation.
        let events = code_en("NATO met in Brussels. Officials said they knew who was behind the organisation of these attacks.");
        assert!(events.iter().all(|e| e.event_type.as_str() != "ASSAULT" || code(&e.source) != "IGOWSTNAT"), "{events:#?}");
    }

    #[test]
    fn a_threat_told_after_said_that_is_the_speakers() {
        let events = code_in("nl", "Hezbollah zei dat de aanval niet onbeantwoord zal blijven.");
        assert_eq!(code(&of_type(&events, "THREATEN").source), "LBNREB", "{events:#?}");
        let events = code_en("Hezbollah said that the strike will not go unanswered.");
        assert_eq!(code(&of_type(&events, "THREATEN").source), "LBNREB", "{events:#?}");
        // What the speaker reports others did stays theirs.
        let events = code_en("Police said that 43 people had been detained.");
        assert_eq!(code(&of_type(&events, "COERCE").source), "-", "{events:#?}");
    }

    #[test]
    fn riots_after_a_match_are_news_and_the_match_is_not() {
        let riot = "Na de wedstrijd tussen Ajax en Legia kwam het in de binnenstad tot rellen. Supporters van Legia werden na de wedstrijd aangevallen. \
            De ME greep in en de politie hield 41 mensen aan. Burgemeester Halsema vaardigde een noodverordening uit. De politie zette waterkanonnen in. \
            Volgens de politie raakten drie agenten gewond. De wedstrijd, het stadion, de supporters, de spelers en de trainer kwamen na afloop niet meer ter sprake.";
        let events = code_in("nl", riot);
        assert_eq!(of_type(&events, "COERCE").arrested, Some(41), "{events:#?}");
        let match_report = "Ajax won de wedstrijd met 3-1. De spits scoorde twee doelpunten en de keeper hield de verdediging overeind. \
            De supporters in het stadion zagen hoe de trainer na de aanval van de tegenstander wisselde. De spelers vierden de overwinning.";
        assert!(code_in("nl", match_report).is_empty());
    }

    #[test]
    fn a_day_a_period_lasts_until_dates_nothing() {
        // Published on Wednesday 26 June 2024: "tot en met zondag" is when the order ends.
        let events = code_in("nl", "De burgemeester vaardigde een noodverordening uit die geldt tot en met zondag. De politie hield 41 mensen aan.");
        assert_eq!(of_type(&events, "COERCE").date.map(|d| d.to_string()).as_deref(), Some("2024-06-26"), "{events:#?}");
        assert!(events.iter().all(|e| e.date.is_some_and(|d| d.to_string() == "2024-06-26")), "{events:#?}");
        // A day number before its month stands between "until" and the month.
        let events = code_en("Police arrested 25 people and banned outsiders from entering the district until 30 June.");
        assert!(events.iter().all(|e| e.date.is_some_and(|d| d.to_string() == "2024-06-26")), "{events:#?}");
    }

    #[test]
    fn a_pronoun_after_a_quotation_is_the_speaker() {
        let events = code_en("President Zelensky visited the city. \"Russia drops bombs on ordinary apartment blocks.\" He urged partners to speed up deliveries of air defence systems.");
        assert_eq!(code(&of_type(&events, "REQUEST").source), "UKRGOV", "{events:#?}");
    }

    #[test]
    fn a_truce_without_parties_needs_a_zone_a_start_or_an_agreement() {
        assert!(code_in("nl", "Toch hoop ik stiekem op een wapenstilstand.").is_empty());
        let events = code_in("nl", "Het bestand ging om middernacht in.");
        assert_eq!(of_type(&events, "RETREAT").mode.as_deref(), Some("ceasefire"), "{events:#?}");
    }

    #[test]
    fn an_attack_promised_on_a_condition_is_a_threat() {
        let events = code_en("The BLA said it would kill the hostages unless the authorities freed its members.");
        assert_eq!(of_type(&events, "THREATEN").cameo, "138", "{events:#?}");
        assert!(all_of_type(&events, "ASSAULT").is_empty(), "{events:#?}");
        // Without a condition a planned attack stays a planned attack.
        let events = code_en("The BLA said it would kill the hostages on Friday.");
        assert_eq!(of_type(&events, "ASSAULT").intent, kroniek_types::Intent::Planned, "{events:#?}");
    }

    #[test]
    fn talks_may_have_a_day_and_place_between_verb_and_partner() {
        let events = code_in("nl", "De Kosovaarse premier Albin Kurti sprak maandag in de hoofdstad met de Verenigde Naties.");
        assert_eq!(roles(&events, "CONSULT"), ("XKXGOV", "IGOUNO"), "{events:#?}");
        // A subject between them is another sentence shape: the team talked to veterans.
        let events = code_in("nl", "Voor de game sprak het team met oud-militairen.");
        assert!(all_of_type(&events, "CONSULT").is_empty(), "{events:#?}");
    }

    #[test]
    fn a_pronoun_after_a_dutch_verb_is_its_subject() {
        let events = code_in("nl", "President Zelensky veroordeelt de aanval. In zijn boodschap roept hij de bondgenoten op meer te leveren.");
        assert_eq!(code(&of_type(&events, "REQUEST").source), "UKRGOV", "{events:#?}");
        // An article there opens the subject itself.
        let events = code_in("nl", "Op sommige plekken trok het Israëlische leger zich zondag terug.");
        assert_eq!(code(&of_type(&events, "RETREAT").source), "ISRMIL", "{events:#?}");
    }

    #[test]
    fn a_link_teaser_gives_a_name_no_office() {
        let text = "De Mozambikaanse oppositieleider Venâncio Mondlane verloor de verkiezingen.\n\nLees ook: Mondlane, de dominee die Mozambique op zijn kop zet\n\nMondlane weigert de uitslag te erkennen.";
        let events = code_in("nl", text);
        assert_eq!(code(&of_type(&events, "REJECT").source), "MOZOPP", "{events:#?}");
    }

    #[test]
    fn a_number_of_some_group_counts_its_people() {
        let events = code_en("Kyrgyzstan said three of its border guards were killed on Thursday.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(3), "{events:#?}");
        let events = code_in("nl", "De politie heeft woensdag vier van de verdachten aangehouden.");
        assert_eq!(of_type(&events, "COERCE").arrested, Some(4), "{events:#?}");
    }

    #[test]
    fn the_secretary_general_speaks_for_the_un() {
        let events = code_en("The Secretary-General calls on the M23 to halt its advance immediately.");
        assert_eq!(code(&of_type(&events, "REQUEST").source), "IGOUNO", "{events:#?}");
    }

    #[test]
    fn a_comma_closes_an_opening_phrase_before_the_subject() {
        let events = code_en("In a statement, Kenya called on Somalia to resolve the dispute.");
        assert_eq!(roles(&events, "REQUEST"), ("KEN", "SOM"), "{events:#?}");
    }

    #[test]
    fn early_after_a_day_asks_nothing() {
        let events = code_in("nl", "De rebellen vielen zaterdagochtend vroeg de legerpost aan.");
        assert!(all_of_type(&events, "REQUEST").is_empty(), "{events:#?}");
        assert!(!all_of_type(&events, "ASSAULT").is_empty(), "{events:#?}");
        let events = code_in("nl", "De minister vroeg de Veiligheidsraad om een spoedvergadering.");
        assert!(!all_of_type(&events, "REQUEST").is_empty(), "{events:#?}");
    }

    #[test]
    fn a_weapon_of_several_words_still_completes_its_pattern() {
        // "cruise missiles" is a longer form than "missiles", and carries its pattern part.
        let events = code_en("Russia fired two cruise missiles at Kyiv on Tuesday.");
        assert_eq!(code(&of_type(&events, "ASSAULT").source), "RUS", "{events:#?}");
    }

    #[test]
    fn a_dutch_person_of_a_number_is_that_old() {
        let events = code_in("nl", "Bij de schietpartij werd maandagavond een man van 24 doodgeschoten.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, Some(1), "{events:#?}");
    }

    #[test]
    fn its_opening_a_sentence_is_the_previous_subjects() {
        let events = code_en("Kenya closed its border with Somalia on Wednesday. Its foreign ministry on Thursday called on all Somali leaders to talk.");
        assert_eq!(code(&of_type(&events, "REQUEST").source), "KENGOV", "{events:#?}");
    }
    #[test]
    fn an_unknown_name_before_the_verb_is_its_subject_not_the_actor_after_it() {
        let events = code_en("On Monday, Smith condemned Hamas for the attack.");
        assert_eq!(roles(&events, "ACCUSE"), ("-", "PSEREB"));
        // A Dutch sentence opener leaves the verb-second subject after the verb.
        let events = code_in("nl", "Daarna viel Rusland de stad Kyiv aan.");
        assert_eq!(code(&of_type(&events, "ASSAULT").source), "RUS");
    }
    #[test]
    fn the_subject_of_a_passive_suffers_it() {
        let events = code_en("Russian soldiers were attacked near Kursk on Monday.");
        assert_eq!(roles(&events, "ASSAULT"), ("-", "RUSMIL"));
        let events = code_in("nl", "De Russische ambassade werd gisteren aangevallen door demonstranten.");
        assert_eq!(roles(&events, "ASSAULT"), ("CVL", "RUSGOV"));
        // A progressive form after "were" is active, and moved forces keep their senders.
        let events = code_en("Ukrainian troops were attacking Russian soldiers near Kursk. Turkish troops were deployed to the border.");
        assert_eq!(roles(&events, "ASSAULT"), ("UKRMIL", "RUSMIL"));
        assert_eq!(code(&of_type(&events, "MOBILIZE").source), "TURMIL");
    }
    #[test]
    fn the_police_reporting_arrests_made_them() {
        let events = code_en("Police said 27 people were arrested after the protest.");
        assert_eq!(roles(&events, "COERCE"), ("COP", "CVL"));
    }
    #[test]
    fn a_surname_alone_is_the_person_the_lexicon_named_in_full_before() {
        let events = code_en("Taliban spokesman Zabihullah Mujahid said Pakistani troops opened fire on houses. Mujahid accused Pakistan of violating the ceasefire.");
        assert_eq!(roles(&events, "ACCUSE"), ("AFGGOV", "PAK"));
        // A title before a surname alone names the one office holder of that surname.
        let events = code_en("Defence Minister Katz accused Iran of violating the truce.");
        assert_eq!(code(&of_type(&events, "ACCUSE").source), "ISRGOV");
    }
    #[test]
    fn a_role_of_an_institution_or_international_body_is_theirs() {
        let events = code_in("nl", "Een woordvoerder van de Amerikaanse regering riep beide partijen op tot kalmte.");
        assert_eq!(code(&of_type(&events, "REQUEST").source), "USAGOV");
        let events = code_in("nl", "De humanitaire coördinator van de Verenigde Naties veroordeelde de aanslag.");
        assert_eq!(code(&of_type(&events, "ACCUSE").source), "IGOUNO");
        let events = code_in("nl", "Nederland heeft twee medewerkers van de Russische ambassade uitgewezen.");
        assert_eq!(roles(&events, "SANCTION"), ("NLD", "RUSGOV"));
        // "het" may be a word of its own; a spokesman of the army speaks for the army.
        let events = code_in("nl", "Een woordvoerder van het Israëlische leger beschuldigde Hezbollah van nieuwe aanvallen.");
        assert_eq!(code(&of_type(&events, "ACCUSE").source), "ISRMIL");
        // "for" says whose a spokesman is, as "of" does.
        let events = code_en("A spokesman for UN Secretary-General António Guterres urged both sides to exercise restraint.");
        assert_eq!(code(&of_type(&events, "REQUEST").source), "IGOUNO");
    }
    #[test]
    fn who_condemns_an_act_did_not_do_it() {
        // A verb form after an article is a noun too.
        let events = code_en("Iran condemned the sanctions.");
        assert!(all_of_type(&events, "SANCTION").iter().all(|e| code(&e.source) != "IRN"), "{events:#?}");
        // So is one after a name's genitive; after "its" it is the subject's own.
        let events = code_en("Iran rejected Washington's sanctions.");
        assert!(all_of_type(&events, "SANCTION").iter().all(|e| code(&e.source) != "IRN"), "{events:#?}");
        let events = code_en("Iran condemned the attack and reaffirmed its support for Iraq.");
        assert_eq!(code(&of_type(&events, "SUPPORT").source), "IRN");
        let events = code_en("The United States Department of State condemned the attack on Guyanese soldiers.");
        assert_eq!(roles(&events, "ASSAULT"), ("-", "GUYMIL"));
        // A threat's content stays the threatener's.
        let events = code_in("nl", "De BLA dreigt met meer aanslagen op militairen en op Chinese projecten in de provincie.");
        assert_eq!(code(&of_type(&events, "ASSAULT").source), "PAKREB");
    }
    #[test]
    fn rights_groups_accuse_but_use_no_force() {
        // Unnamed, a rights group acts; after "the" it is the one named before.
        let events = code_en("A Bangkok-based rights group accused the Lao authorities of torture.");
        assert_eq!(of_type(&events, "ACCUSE").source.as_ref().and_then(|a| a.sector.as_deref()), Some("NGO"), "{events:#?}");
        let events = code_en("Human Rights Watch documented the abuses. The rights group accused the army of torture.");
        assert_eq!(code(&of_type(&events, "ACCUSE").source), "NGOHRW");
        // What they document is no force of theirs.
        let events = code_en("Rights groups have documented hundreds of airstrikes on villages in Rakhine.");
        assert!(all_of_type(&events, "ASSAULT").iter().all(|e| e.source.is_none()), "{events:#?}");
        // Their warnings are forecasts.
        let events = code_in("nl", "Mensenrechtenorganisaties waarschuwen dat er ook burgerslachtoffers vallen.");
        assert!(all_of_type(&events, "THREATEN").is_empty(), "{events:#?}");
    }
    #[test]
    fn a_capitalised_name_before_a_head_noun_is_an_organisation() {
        let events = code_en("On Monday the National Peace Council called on the leaders of both communities to restrain their followers.");
        assert_eq!(code(&of_type(&events, "REQUEST").source), "GOV");
        // Not the head of a longer name the lexicon knows.
        let events = code_in("nl", "Het Internationale Comité van het Rode Kruis deelde water uit aan de ontheemden.");
        assert_eq!(code(&of_type(&events, "AID").source), "NGOIRC");
    }
    #[test]
    fn people_counted_in_a_report_are_not_the_speakers_act() {
        let events = code_en("Police said the bomb killed 23 people in Maiduguri.");
        assert_eq!(roles(&events, "ASSAULT"), ("-", "CVL"));
        let events = code_en("The UN refugee agency said 20,000 people had fled Uvira since Sunday.");
        assert_eq!(code(&of_type(&events, "RETREAT").source), "CVL");
        // A pronoun or an infinitive keeps the act the speaker's.
        let events = code_en("The army said it killed 20 militants near Maiduguri.");
        assert_eq!(roles(&events, "ASSAULT"), ("MIL", "REB"));
        let events = code_in("nl", "De politie in Bahir Dar zegt de afgelopen week 45 mensen te hebben gearresteerd.");
        assert_eq!(code(&of_type(&events, "COERCE").source), "COP");
    }
    #[test]
    fn attacks_with_dates_of_their_own_far_apart_stay_two() {
        let events = code_en("Rebels set fire to 60 houses on Monday, weeks after rebels killed a clan leader in May.");
        let dates: Vec<String> = all_of_type(&events, "ASSAULT").iter().filter_map(|e| e.date.map(|d| d.to_string())).collect();
        assert_eq!(dates, ["2024-06-24", "2024-05"], "{events:#?}");
    }
    #[test]
    fn medical_care_for_the_wounded_is_aid_not_an_attack() {
        let events = code_en("Doctors Without Borders said it had treated 23 wounded people at its clinic in Maiduguri.");
        assert_eq!(code(&of_type(&events, "AID").source), "NGOMSF");
        assert!(all_of_type(&events, "ASSAULT").is_empty(), "{events:#?}");
        let events = code_in("nl", "Artsen zonder Grenzen behandelt in het ziekenhuis van Butembo veertien gewonden.");
        assert_eq!(code(&of_type(&events, "AID").source), "NGOMSF");
    }
    #[test]
    fn a_quotation_before_its_speaker_is_the_speakers_threat_or_demand() {
        let events = code_en("\"Traitors will be punished,\" Putin said.");
        assert_eq!(code(&of_type(&events, "THREATEN").source), "RUSGOV");
        let events = code_in("nl", "\"De verraders zullen worden gestraft\", zei Poetin.");
        assert_eq!(code(&of_type(&events, "THREATEN").source), "RUSGOV");
        // What happened keeps its own doer: the governor only reports the attack.
        let events = code_en("Russian troops attacked the village, the governor said.");
        assert_eq!(code(&of_type(&events, "ASSAULT").source), "RUSMIL");
    }
    #[test]
    fn the_agent_of_an_attributive_participle_did_not_act() {
        let events = code_in("nl", "Door Turkije gesteunde milities vielen dinsdag Koerdische strijders aan.");
        assert_ne!(code(&of_type(&events, "ASSAULT").source), "TUR", "{events:#?}");
        // A passive's own agent still acts.
        let events = code_in("nl", "De Turkse ambassade werd dinsdag door demonstranten bestormd.");
        assert_eq!(code(&of_type(&events, "ASSAULT").source), "CVL");
    }
    #[test]
    fn a_name_after_a_reference_noun_is_an_organisation_of_its_sector() {
        let events = code_in("nl", "Ook mensenrechtenorganisatie Jamaicans for Justice uitte kritiek op de regering.");
        assert_eq!(code(&of_type(&events, "ACCUSE").source), "NGO");
        // A name the lexicon knows stays itself.
        let events = code_in("nl", "De organisatie Artsen zonder Grenzen veroordeelde de aanval.");
        assert_eq!(code(&of_type(&events, "ACCUSE").source), "NGOMSF");
    }
    #[test]
    fn a_weekday_in_a_plan_is_the_coming_one_but_not_the_day_it_was_told() {
        let date = |events: &[Event], t: &str| of_type(events, t).date.map(|d| d.to_string());
        let events = code_en("Turkish troops will be deployed to the border on Saturday.");
        assert_eq!(date(&events, "MOBILIZE").as_deref(), Some("2024-06-29"), "{events:#?}");
        let events = code_en("The government announced on Monday that Turkish troops would be deployed to the border.");
        assert_eq!(date(&events, "MOBILIZE").as_deref(), Some("2024-06-24"), "{events:#?}");
    }
    #[test]
    fn hearsay_before_a_perfect_is_a_past_happening_not_a_plan() {
        let events = code_in("nl", "Bij het vuurgevecht zouden twee Indiase militairen gewond zijn geraakt.");
        assert_eq!(of_type(&events, "ASSAULT").intent.as_str(), "actual", "{events:#?}");
        let events = code_in("nl", "Het leger zou volgende week twee Indiase militairen arresteren.");
        assert_eq!(of_type(&events, "COERCE").intent.as_str(), "planned", "{events:#?}");
    }
    #[test]
    fn a_number_ending_one_sentence_counts_nobody_in_the_next() {
        let events = code_en("Ankara first sent troops into Syria in 2016. The soldiers were killed on Thursday.");
        assert_eq!(of_type(&events, "ASSAULT").fatalities, None, "{events:#?}");
    }
}
