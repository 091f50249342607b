//! The entity index as session 15 built it, eagerly for the whole document: kept only as
//! the oracle that the lazy index of [`super::Entities`] answers every resolution query
//! (`canonical`, `speaker_type`) exactly as this one does (`resolve::tests`). A change to a
//! resolution rule in `resolve.rs` is made here too, or the oracle test fails.

use std::cell::OnceCell;

use super::super::lexicons::{
    FunctionClass, Gender, QuoteWordClass, ALIASES, ALIAS_KEYS, FIRST_NAMES, ORG_SUFFIXES,
    QUOTE_WORDS,
};
use super::super::syntax::{Ctx, Np, NpKind};
use super::super::SpeakerType;
use super::{
    after_repeated_run, ambiguous_between, capitals_label_fits, capitals_personal_name,
    capitals_title_case, coordinated_persons, demonym_description, demonym_unresolved,
    first_name_opens_name, gendered_pronoun, handle_of_person, handle_spells, handle_words,
    listed_first_name_and_more, lone_first_name_of_other_gender, looks_like_personal_name,
    name_before_long_apposition, named_mid_sentence, namesake_fits, opened_by_first_name,
    pronoun_gender_of, role_before_name, role_tokens, role_word, run_start,
    sentence_case_common_noun, they_may_name, unlisted_antecedent, written_without, RivalRuns,
    RunName, UnlistedName, LOOKBACK_RUNS, LOOKBACK_SENTENCES, MAX_NAMESAKES, MAX_ROLES,
    NAME_EVIDENCE_RUNS, THEY_REACH,
};

#[derive(Debug, Clone)]
pub(crate) struct Entity<'t> {
    /// The fullest form seen ("Gustavo Petro").
    pub name: &'t str,
    pub words: usize,
    pub gender: Gender,
    pub person: bool,
    pub org: bool,
    /// Some mention follows a `place_preposition` ("in South Korea"): a place, not a person.
    pub place: bool,
    /// Named both in full and by its last word alone ("Hiro Aida … said Aida"), or some
    /// mention follows a lower-case title word ("economist Dirk Schumacher"): how news
    /// names a person and seldom a place or an organisation.
    pub person_cue: bool,
    /// Some mention is more than the first word of its sentence (`named_mid_sentence`).
    pub mid_sentence: bool,
    /// Lower-cased title and descriptor words seen before its mentions ("colombian",
    /// "president"), read only when a description is resolved: filled on first use by
    /// [`Entities::roles`] from the mentions chained from `first_mention`.
    roles: OnceCell<Vec<String>>,
    /// Its first and latest mention (indices into [`Entities::mentions`]).
    first_mention: usize,
    last_mention: usize,
    /// The last word it is indexed under, and the entity indexed under that word before it.
    surname: &'t str,
    prev_namesake: Option<usize>,
}

/// One occurrence of an entity: the token where its name starts, where its run starts
/// (titles included), its sentence, and the entity's next mention.
#[derive(Debug, Clone, Copy)]
struct Mention {
    token: usize,
    run_start: usize,
    /// The run's place among every run the build read (named or not), as the lazy index
    /// numbers its runs: the look-back reach counts them.
    run: usize,
    sentence: u32,
    entity: usize,
    next: usize,
}

/// No next mention of the same entity.
const NO_MENTION: usize = usize::MAX;

#[derive(Debug, Default)]
pub(crate) struct Entities<'t> {
    pub list: Vec<Entity<'t>>,
    /// Last word of a name → the first and the latest entity whose names end with it (the
    /// others are chained from the latest through [`Entity::prev_namesake`]).
    by_surname: crate::lexicon::FastMap<&'t str, (usize, usize)>,
    mentions: Vec<Mention>,
    /// The first token of every run the build read, named or not.
    run_starts: Vec<usize>,
    /// The end of each of those runs.
    run_ends: Vec<usize>,
}

impl<'t> Entities<'t> {
    /// Collects the name runs of the document, skipping token ranges inside quotation marks
    /// (`quoted` holds sorted, disjoint `[first, end)` ranges).
    pub fn build(ctx: &Ctx<'t>, quoted: &[(usize, usize)]) -> Entities<'t> {
        // Sized for a typical document (about one name mention per dozen tokens) so the
        // index does not grow by reallocation as the runs are read.
        let room = ctx.len() / 12;
        let mut ents = Entities {
            list: Vec::with_capacity(room),
            by_surname: crate::lexicon::FastMap::with_capacity_and_hasher(room, Default::default()),
            mentions: Vec::with_capacity(room),
            run_starts: Vec::with_capacity(room),
            run_ends: Vec::with_capacity(room),
        };
        let mut q = 0;
        let mut i = 0;
        let n = ctx.len();
        // End of the title-case line being skipped, if any.
        let mut headline_end = 0;
        let mut runs: Vec<(usize, usize)> = Vec::new();
        while i < n {
            while q < quoted.len() && quoted[q].1 <= i {
                q += 1;
            }
            if q < quoted.len() && quoted[q].0 <= i {
                i = quoted[q].1;
                continue;
            }
            // Most tokens are not capitalised: step over them up to the next quoted range
            // without the range tests.
            let limit = quoted.get(q).map_or(n, |r| r.0.min(n));
            while i < limit && !ctx.is_cap(i) {
                i += 1;
            }
            if i == limit {
                continue;
            }
            // Rule `correlative_opens_no_run`: the capitalised first word of a correlative
            // pair ("Neither Clinton nor Trump", "Either Cole or …") opens no name, as a
            // function word does.
            if ctx.function_class(i).is_some() || ctx.is_class(i, QuoteWordClass::Correlative) {
                i += 1;
                continue;
            }
            if headline_end > i || Self::is_headline(ctx, i, &mut headline_end) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            // Rule `run_in_sentence`: a name run ends with its sentence, as with its line
            // ("… Alexandria, Va. Marcel Lazar, 44, …" names no "Va. Marcel Lazar").
            let sentence = ctx.tokens[i].sentence;
            while end < n
                && end - i < 8
                && !ctx.line_before(end)
                && ctx.tokens[end].sentence == sentence
            {
                if ctx.is_cap(end) && ctx.function_class(end).is_none() {
                    end += 1;
                } else if ctx.is_cap(end + 1)
                    && !ctx.line_before(end + 1)
                    && ctx.tokens[end + 1].sentence == sentence
                    && ctx.is_written(end, QuoteWordClass::EntityConnector)
                {
                    // (The capital after it is read first: cheaper than the word look-up.)
                    end += 2;
                } else {
                    break;
                }
            }
            let end = end.min(n);
            runs.push((i, end));
            i = end;
        }
        ents.index_runs(ctx, &runs);
        ents
    }

    /// Indexes the name runs found, in text order. Rule `first_name_opens_name` reads the
    /// runs after a run too, so they are indexed once all are found; the runs by last word, in
    /// text order, the first [`NAME_EVIDENCE_RUNS`] of each, are what it reads.
    fn index_runs(&mut self, ctx: &Ctx<'t>, runs: &[(usize, usize)]) {
        let mut by_last: std::collections::HashMap<&str, Vec<(usize, usize)>> =
            std::collections::HashMap::new();
        for &(start, end) in runs {
            let group = by_last.entry(ctx.tok(end - 1)).or_default();
            if group.len() < NAME_EVIDENCE_RUNS {
                group.push((start, end));
            }
        }
        for &(start, end) in runs {
            self.run_starts.push(start);
            self.run_ends.push(end);
            self.add_run(ctx, start, end, &by_last[ctx.tok(end - 1)]);
        }
    }

    /// Is token `i` in a title-case line ("Gold Star Mom Corners Obama On His Refusal")? Such
    /// lines capitalise every word, so their runs are not names. Checked once per line:
    /// `headline_end` is set to the end of a headline line so later tokens skip the test.
    fn is_headline(ctx: &Ctx, i: usize, headline_end: &mut usize) -> bool {
        match ctx.headline_line(i) {
            Some(end) => {
                *headline_end = end;
                true
            }
            None => false,
        }
    }

    /// Indexes the name run `start..end` as a mention: the steps [`run_start`] (where the
    /// name can start), [`role_tokens`] (the role words around it), then merged into a known
    /// entity ([`Self::merge_into`]) or added as a new one ([`Self::add_entity`]).
    /// `group`: the first [`NAME_EVIDENCE_RUNS`] runs ending in this run's last word.
    fn add_run(&mut self, ctx: &Ctx<'t>, start: usize, end: usize, group: &[(usize, usize)]) {
        let start = run_start(ctx, start, end);
        let Some(name_start) = ctx.name_start(start, end) else {
            return;
        };
        let name_start = first_name_opens_name(ctx, name_start, end, |k| {
            written_without(ctx, group.iter().copied(), k, end)
        });
        let honorific_gender = (start..name_start)
            .filter_map(|i| ctx.title(i))
            .map(|t| t.gender)
            .find(|g| *g != Gender::Unknown);
        let words = end - name_start;
        let text = ctx.span(name_start, end).text(ctx.text);
        let first = ctx.tok(name_start);
        let last = ctx.tok(end - 1);
        let first_name = FIRST_NAMES.get(first);
        let org = ORG_SUFFIXES.contains(last)
            || ALIAS_KEYS.contains(text)
            || (last.len() >= 2 && last.chars().all(|c| c.is_uppercase() || c == '.'));
        let person = !org && (name_start > start || first_name.is_some());
        let place = start > 0 && ctx.is_class(start - 1, QuoteWordClass::PlacePreposition);
        let role_before = role_before_name(ctx, start, end);
        let gender = honorific_gender
            .or(if words >= 2 { first_name } else { None })
            .unwrap_or(Gender::Unknown);
        let sentence = ctx.tokens[name_start].sentence;
        let run = RunName {
            text,
            words,
            person,
            org,
            place,
            role_before,
            gender,
            mid_sentence: named_mid_sentence(ctx, start, name_start, words),
        };

        // Merge with an entity already known under this surname when the names agree.
        let existing = self
            .namesakes(self.latest_namesake(last))
            .take(MAX_NAMESAKES)
            .find(|&id| {
                let e = &self.list[id];
                words == 1
                    || e.words == 1
                    || e.name.ends_with(text)
                    || text.ends_with(e.name)
                    || e.name.split(' ').next() == Some(first)
            });
        let mention = self.mentions.len();
        let id = match existing {
            Some(id) => self.merge_into(id, &run, mention),
            None => self.add_entity(&run, last, mention),
        };
        self.mentions.push(Mention {
            token: name_start,
            run_start: start,
            run: self.run_starts.len() - 1,
            sentence,
            entity: id,
            next: NO_MENTION,
        });
    }

    /// A run naming the known entity `id` again: a fuller name, its kind and gender are
    /// added to it, and its `mention` is chained after the entity's latest one.
    fn merge_into(&mut self, id: usize, run: &RunName<'t>, mention: usize) -> usize {
        let e = &mut self.list[id];
        e.person_cue |= run.role_before || (run.words == 1) != (e.words == 1);
        e.place |= run.place;
        e.mid_sentence |= run.mid_sentence;
        if run.words > e.words && !run.org {
            e.name = run.text;
            e.words = run.words;
        }
        e.person |= run.person;
        e.org |= run.org;
        if e.gender == Gender::Unknown {
            e.gender = run.gender;
        }
        let previous = std::mem::replace(&mut e.last_mention, mention);
        self.mentions[previous].next = mention;
        id
    }

    /// A run naming a new entity (first seen at `mention`): added to the list and indexed
    /// under its last word.
    fn add_entity(&mut self, run: &RunName<'t>, last: &'t str, mention: usize) -> usize {
        let id = self.list.len();
        let slot = self.by_surname.entry(last).or_insert((id, id));
        let prev_namesake = (slot.1 != id).then_some(slot.1);
        slot.1 = id;
        self.list.push(Entity {
            name: run.text,
            words: run.words,
            gender: run.gender,
            person: run.person,
            org: run.org,
            place: run.place,
            person_cue: run.role_before,
            mid_sentence: run.mid_sentence,
            roles: OnceCell::new(),
            first_mention: mention,
            last_mention: mention,
            surname: last,
            prev_namesake,
        });
        id
    }

    /// The role words of entity `e` ([`role_tokens`] of each of its mentions, lower-cased),
    /// read from its mentions on first use: only a resolved description asks for them. The
    /// first mention's words are kept as found; a later mention adds the words not yet
    /// held, up to [`MAX_ROLES`] (role lists are short in real news; the cap keeps a text
    /// where every word looks like a name, all capitals, linear).
    fn roles<'e>(&self, ctx: &Ctx, e: &'e Entity<'t>) -> &'e [String] {
        e.roles.get_or_init(|| {
            let mut roles: Vec<String> = Vec::new();
            let mut m = e.first_mention;
            while m != NO_MENTION {
                let mention = &self.mentions[m];
                let end = self.run_ends[mention.run];
                let (tokens, n) = role_tokens(ctx, mention.run_start, mention.token, end);
                for &k in &tokens[..n] {
                    if m == e.first_mention {
                        roles.push(role_word(ctx, k).into_owned());
                        continue;
                    }
                    if roles.len() >= MAX_ROLES {
                        break;
                    }
                    let w = role_word(ctx, k);
                    if !roles.iter().any(|r| *r == w) {
                        roles.push(w.into_owned());
                    }
                }
                m = mention.next;
            }
            roles
        })
    }

    /// The latest entity indexed under the last word `last`.
    fn latest_namesake(&self, last: &str) -> Option<usize> {
        self.by_surname.get(last).map(|&(_, latest)| latest)
    }

    /// The entities indexed under one last word, latest first, from `latest`.
    fn namesakes(&self, latest: Option<usize>) -> impl Iterator<Item = usize> + '_ {
        let mut next = latest;
        std::iter::from_fn(move || {
            let id = next?;
            next = self.list[id].prev_namesake;
            Some(id)
        })
    }

    /// The entity a name mention (tokens `[start, end)`, titles stripped) refers to.
    fn entity_of_name(&self, ctx: &Ctx, start: usize, end: usize) -> Option<usize> {
        self.entity_of_surname(start, ctx.tok(end.checked_sub(1)?))
    }

    /// [`Self::entity_of_name`] for a mention at token `start` whose last word is `last`.
    fn entity_of_surname(&self, start: usize, last: &str) -> Option<usize> {
        let &(first, latest) = self.by_surname.get(last)?;
        if first == latest {
            return Some(first);
        }
        // Several people share the surname: take the one mentioned most recently (an entity
        // is indexed under `last` when its surname is `last`: one compare per mention).
        let pos = self.mentions.partition_point(|m| m.token < start);
        self.mentions[..pos]
            .iter()
            .rev()
            .take(200)
            .find(|m| self.list[m.entity].surname == last)
            .map(|m| m.entity)
            .or(Some(first))
    }

    /// Rule `speaker_type`: what kind of speaker a mention resolved to `name` is. A person or
    /// an organisation when the document names one (a pronoun or description resolved to it
    /// takes its kind); a role when a description was never tied to a name ("a spokesman",
    /// "analysts"); unresolved when a pronoun found no antecedent.
    pub fn speaker_type(&self, ctx: &Ctx, np: &Np, name: Option<&str>) -> SpeakerType {
        let demonym = demonym_description(ctx, np);
        if demonym_unresolved(ctx, demonym.as_ref(), name) {
            return SpeakerType::Role;
        }
        let np = demonym.as_ref().unwrap_or(np);
        let Some(name) = name else {
            return match np.kind {
                NpKind::Common => SpeakerType::Role,
                _ => SpeakerType::Unresolved,
            };
        };
        let entity = name.rsplit(' ').next().and_then(|last| {
            self.namesakes(self.latest_namesake(last))
                // Bounded: the namesake list grows with an all-capitals document.
                .take(MAX_NAMESAKES)
                .map(|id| &self.list[id])
                .find(|e| e.name == name)
        });
        match entity {
            Some(e) if e.person => SpeakerType::Person,
            Some(e) if !e.org && (gendered_pronoun(ctx, np) || unlisted_person(e)) => {
                SpeakerType::Person
            }
            Some(e) if !e.org && !e.mid_sentence && sentence_case_common_noun(ctx, e.name, np) => {
                SpeakerType::Role
            }
            Some(e) if capitals_personal_name(e.name) => SpeakerType::Person,
            Some(_) => SpeakerType::Organisation,
            // Rule `coordinated_persons`.
            None if coordinated_persons(name, |part| self.names_person(part)) => {
                SpeakerType::Person
            }
            None if np.kind == NpKind::Common || self.relative_of_description(ctx, np, name) => {
                SpeakerType::Role
            }
            None => {
                let words: Vec<&str> = name.split(' ').collect();
                let org = words.iter().any(|w| ORG_SUFFIXES.contains(w))
                    || words.iter().all(|w| !w.chars().any(char::is_lowercase));
                if !org && (words.len() >= 2 || FIRST_NAMES.get(words[0]).is_some())
                    || capitals_personal_name(name)
                    || handle_of_person(name, |last| self.surname_of_person(last))
                {
                    SpeakerType::Person
                } else {
                    SpeakerType::Organisation
                }
            }
        }
    }

    /// Part of rule `coordinated_persons`: `part` (`Ann Cole`) is a person's name: an entity
    /// of the document typed a person, or, named nowhere else, a listed first name and a
    /// surname.
    fn names_person(&self, part: &str) -> bool {
        let Some(last) = part.rsplit(' ').next() else {
            return false;
        };
        let entity = self
            .namesakes(self.latest_namesake(last))
            .take(MAX_NAMESAKES)
            .map(|id| &self.list[id])
            .find(|e| e.name == part);
        match entity {
            Some(e) => e.person || unlisted_person(e),
            None => listed_first_name_and_more(part),
        }
    }

    /// Part of rule `handle_names_person`: an entity of the document whose last word is
    /// `last` is a person.
    fn surname_of_person(&self, last: &str) -> bool {
        self.namesakes(self.latest_namesake(last))
            .take(MAX_NAMESAKES)
            .map(|id| &self.list[id])
            .any(|e| e.person || unlisted_person(e))
    }

    /// Rule `relative_takes_antecedent_kind`, asked with this index's antecedent.
    fn relative_of_description(&self, ctx: &Ctx, np: &Np, name: &str) -> bool {
        super::relative_of_description(ctx, np, name, |t| self.antecedent(ctx, t))
    }

    /// Rule `capitals_label_name`, asked by `canonical` (as the lazy index's).
    fn capitals_label(&self, start: usize, own: &str) -> Option<String> {
        let titled = capitals_title_case(own)?;
        let last = titled.rsplit(' ').next().unwrap_or(&titled);
        self.entity_of_surname(start, last)
            .map(|id| &self.list[id])
            .filter(|e| capitals_label_fits(e.name, e.person, e.words, &titled))
            .map(|e| e.name.to_string())
    }

    /// The canonical speaker name for a mention.
    pub fn canonical(&self, ctx: &Ctx, np: &Np) -> Option<String> {
        if let Some(d) = demonym_description(ctx, np) {
            return self.describe(ctx, &d);
        }
        if let Some(words) = handle_words(ctx, np) {
            let last = words.last().map_or("", String::as_str);
            if let Some(id) = self
                .entity_of_surname(np.start, last)
                .filter(|&id| handle_spells(ctx.tok(np.mention_start), self.list[id].name))
            {
                return Some(self.list[id].name.to_string());
            }
        }
        match np.kind {
            NpKind::Name => {
                let text = ctx.span(np.mention_start, np.end).text(ctx.text);
                let bare = text
                    .strip_prefix("The ")
                    .or_else(|| text.strip_prefix("the "))
                    .unwrap_or(text);
                if let Some(full) = ALIASES.get(bare) {
                    return Some(full.clone());
                }
                // Titles before the name ("Tory MP Jonathan Sayeed") do not count against the
                // entity's name.
                let first = after_repeated_run(ctx, np.mention_start, np.end);
                let name_start = ctx.name_start(first, np.end).unwrap_or(first);
                let own = ctx.span(name_start, np.end).text(ctx.text);
                if let Some(full) = self.capitals_label(np.mention_start, own) {
                    return Some(full);
                }
                match self.entity_of_name(ctx, np.mention_start, np.end) {
                    Some(id)
                        if (self.list[id].words >= np.end - name_start
                            && namesake_fits(self.list[id].name, own, np.end - name_start))
                            || opened_by_first_name(self.list[id].name, own) =>
                    {
                        Some(self.list[id].name.to_string())
                    }
                    _ if first > np.mention_start => {
                        Some(ctx.span(first, np.end).text(ctx.text).to_string())
                    }
                    _ => Some(bare.to_string()),
                }
            }
            NpKind::Pronoun => self.pronoun(ctx, np),
            NpKind::Common => self.describe(ctx, np),
        }
    }

    /// The canonical name for a pronoun mention (part of [`Self::canonical`]).
    fn pronoun(&self, ctx: &Ctx, np: &Np) -> Option<String> {
        let lower = ctx.lower(np.start);
        // Rule `relative_antecedent`: a relative (`who`, `which`, and `that` from the
        // quote rule `relative_that_cue`; `quote_words.txt` class `relative_opener`)
        // resolves to the phrase it follows.
        if QUOTE_WORDS.is(&lower, QuoteWordClass::RelativeOpener) {
            return self
                .antecedent(ctx, np.start)
                .and_then(|a| self.canonical(ctx, &a));
        }
        // Rule `pronoun_gender` ([`pronoun_gender_of`]).
        let gender = pronoun_gender_of(&lower)?;
        if lower == "they" {
            return self
                .recent(ctx, np.start, THEY_REACH, |e, _| {
                    they_may_name(e.name, e.mid_sentence, e.person || e.org || e.place)
                })
                .map(|id| self.list[id].name.to_string());
        }
        // Rule `pronoun_unlisted_subject` (as the lazy index's).
        let gendered = gender != Gender::Unknown;
        self.recent(ctx, np.start, LOOKBACK_SENTENCES, |e, (start, end)| {
            if e.person {
                return (e.gender == gender || e.gender == Gender::Unknown)
                    && !(gendered
                        && lone_first_name_of_other_gender(e.name, e.words, e.gender, gender));
            }
            gendered
                && unlisted_antecedent(
                    ctx,
                    UnlistedName {
                        name: e.name,
                        words: e.words,
                        org: e.org,
                        place: e.place,
                        person_cue: e.person_cue,
                    },
                    gender,
                    start,
                    end,
                )
        })
        .map(|id| self.list[id].name.to_string())
    }

    /// The phrase a relative pronoun at `rel` refers back to: "McConnell, now the majority
    /// leader, who …" → "McConnell"; "the Police Department which …" → that phrase.
    fn antecedent(&self, ctx: &Ctx, rel: usize) -> Option<Np> {
        let mut k = rel.checked_sub(1)?;
        if ctx.is_punct(k, ",") {
            k = k.checked_sub(1)?;
        }
        let floor = rel.saturating_sub(20);
        let np = ctx.np_ending_at(k, floor)?;
        // An apposition set off by commas: the name before it.
        let mut before = np.start;
        if before > 0 && ctx.function_class(before - 1) == Some(FunctionClass::Adverb) {
            before -= 1; // ", now the majority leader,"
        }
        if before >= 2 && ctx.is_punct(before - 1, ",") {
            if let Some(head) = ctx
                .np_ending_at(before - 2, floor)
                .filter(|h| h.kind == NpKind::Name)
            {
                return Some(head);
            }
        }
        if let Some(head) = name_before_long_apposition(ctx, np.start, floor) {
            return Some(head);
        }
        (np.kind != NpKind::Pronoun).then_some(np)
    }

    /// A description ("the Colombian president", "the firm") resolved to the entity it was
    /// introduced with, or else the phrase as written without its determiner.
    fn describe(&self, ctx: &Ctx, np: &Np) -> Option<String> {
        let head = ctx.lower(np.end - 1);
        let mut start = np.start;
        let definite = ctx.is_class(start, QuoteWordClass::Definite);
        // "the spokesman" → "spokesman"; not a quantity before "of" or a figure ("Many of
        // them", "Some 87%"): there the determiner is part of the quantity, kept whole.
        if ctx.function_class(start) == Some(FunctionClass::Determiner)
            && !ctx.is_any(start + 1, &["of"])
            && !(ctx.is_class(start, QuoteWordClass::Quantifier)
                && ctx.kind(start + 1) == Some(crate::tokenize::TokenKind::Number))
        {
            start += 1;
        }
        if definite && start < np.end {
            let modifiers: Vec<String> = (start..np.end - 1)
                .map(|i| ctx.lower(i).into_owned())
                .collect();
            let is_org_word = QUOTE_WORDS.is(&head, QuoteWordClass::OrgNoun);
            let (found, rival) = self.recent_rival(ctx, np.start, LOOKBACK_SENTENCES, |e, _| {
                if is_org_word {
                    return e.org
                        && (self.roles(ctx, e).iter().any(|r| r.contains(head.as_ref()))
                            || e.name.to_lowercase().contains(head.as_ref()));
                }
                if !e.person && !unlisted_person(e) {
                    return false;
                }
                let roles = self.roles(ctx, e);
                roles.iter().any(|r| **r == *head)
                    && modifiers.iter().all(|m| {
                        roles.iter().any(|r| **r == **m)
                            || m.ends_with("'s")
                            || m == "us" && roles.iter().any(|r| r == "u.s.")
                    })
            });
            // Rule `ambiguous_description`.
            let rival = rival
                .is_some_and(|(run, other)| ambiguous_between(ctx, run, other, &head, &modifiers));
            if let Some(id) = found.filter(|_| is_org_word || !rival) {
                return Some(self.list[id].name.to_string());
            }
        }
        (start < np.end).then(|| ctx.span(start, np.end).text(ctx.text).to_string())
    }

    /// The first of the last [`LOOKBACK_RUNS`] runs that start before token `before`.
    fn first_run_in_reach(&self, before: usize) -> usize {
        self.run_starts
            .partition_point(|&s| s < before)
            .saturating_sub(LOOKBACK_RUNS)
    }

    /// The most recent entity satisfying `accept`, searching back from token `before`
    /// sentence by sentence; within a sentence the leftmost mention (usually the subject)
    /// wins.
    fn recent(
        &self,
        ctx: &Ctx,
        before: usize,
        reach: u32,
        accept: impl Fn(&Entity, (usize, usize)) -> bool,
    ) -> Option<usize> {
        self.recent_rival(ctx, before, reach, accept).0
    }

    /// [`Self::recent`], and, when the next mention of its sentence that satisfies `accept`
    /// names another entity, the found mention's run and that mention's run (rule
    /// `ambiguous_description`).
    fn recent_rival(
        &self,
        ctx: &Ctx,
        before: usize,
        reach: u32,
        accept: impl Fn(&Entity, (usize, usize)) -> bool,
    ) -> (Option<usize>, Option<RivalRuns>) {
        let mut rival = None;
        let mut best_run = (0, 0);
        let pos = self.mentions.partition_point(|m| m.token < before);
        let here = ctx.tokens.get(before).map_or(0, |t| t.sentence);
        let first_run = self.first_run_in_reach(before);
        let mut k = pos;
        let mut best: Option<(u32, usize)> = None;
        while k > 0 {
            k -= 1;
            let m = self.mentions[k];
            if here.saturating_sub(m.sentence) > reach || m.run < first_run {
                break;
            }
            if let Some((s, _)) = best {
                if m.sentence != s {
                    break;
                }
            }
            let run = (self.run_starts[m.run], self.run_ends[m.run]);
            if accept(&self.list[m.entity], run) {
                rival = best
                    .filter(|&(_, b)| self.list[b].name != self.list[m.entity].name)
                    .map(|_| (run, best_run));
                best = Some((m.sentence, m.entity));
                best_run = run;
            }
        }
        (best.map(|(_, e)| e), rival)
    }
}

/// Rule `unlisted_person` (part of `speaker_type`): an entity known neither as a person (no
/// listed first name, title or honorific) nor as an organisation is a person when its name is
/// written like a personal name of two words or more ([`looks_like_personal_name`]) with no
/// organisation word in it, it never follows a `place_preposition`, and a person cue
/// ([`Entity::person_cue`]) holds: "said economist Dirk Schumacher", "Hiro Aida … said Aida"
/// are persons; "White House", "Manchester United" and "in South Korea" are not.
fn unlisted_person(e: &Entity) -> bool {
    e.person_cue
        && e.words >= 2
        && !e.place
        && looks_like_personal_name(e.name)
        && !e.name.split(' ').any(|w| ORG_SUFFIXES.contains(w))
}
