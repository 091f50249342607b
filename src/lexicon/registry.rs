//! Every lexicon file under `data/lexicons/` with its [`Spec`]: the one place that says what a
//! file may contain. `cargo test` checks each file against its spec, and that no file is
//! missing from this list.

use super::check::{Case, Field, Keys, Spec};

macro_rules! source {
    ($name:literal) => {
        include_str!(concat!("../../data/lexicons/", $name))
    };
}

/// A file of bare keys, one per line.
const fn keys_only(name: &'static str, source: &'static str, case: Case) -> Spec {
    Spec {
        name,
        source,
        case,
        keys: Keys::Unique,
        fields: &[],
        required: 0,
    }
}

/// A class name that a file's spec does not declare.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownClass {
    pub class: String,
    pub expected: &'static [&'static str],
}

impl std::fmt::Display for UnknownClass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown class {:?} (expected one of {:?})",
            self.class, self.expected
        )
    }
}

impl std::error::Error for UnknownClass {}

/// The classes of one lexicon field as an enum: code asks with a variant (a misspelt class
/// is a compile error, not a lookup that is never true), and the loader reads each class
/// name with `FromStr` (an unknown name is an error at load, and in the file's spec check).
pub trait LexiconClass: Copy + std::str::FromStr<Err = UnknownClass> + 'static {
    /// Every class, in declaration order (at most 64: a word's classes are one `u64`).
    const ALL: &'static [Self];
    /// The names as the file writes them, in the same order (what the spec accepts).
    const NAMES: &'static [&'static str];
    /// The class's position in [`Self::ALL`].
    fn index(self) -> usize;
    /// The name as the file writes it.
    fn name(self) -> &'static str {
        Self::NAMES[self.index()]
    }
}

/// Declares a [`LexiconClass`] enum and the `NAMES` constant its file's spec uses.
macro_rules! lexicon_classes {
    ($(#[$doc:meta])* $enum:ident, $names:ident { $($(#[$vdoc:meta])* $variant:ident = $name:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $enum {
            $($(#[$vdoc])* $variant,)+
        }

        /// The class names as the file writes them: what its spec accepts.
        pub const $names: &[&str] = &[$($name,)+];

        impl LexiconClass for $enum {
            const ALL: &'static [Self] = &[$($enum::$variant,)+];
            const NAMES: &'static [&'static str] = $names;
            fn index(self) -> usize {
                self as usize
            }
        }

        impl std::str::FromStr for $enum {
            type Err = UnknownClass;
            fn from_str(name: &str) -> Result<Self, UnknownClass> {
                match name {
                    $($name => Ok($enum::$variant),)+
                    _ => Err(UnknownClass {
                        class: name.to_string(),
                        expected: $names,
                    }),
                }
            }
        }
    };
}

lexicon_classes! {
    /// The classes of `number_context.txt` (the header of the file says what each means).
    ContextClass, NUMBER_CONTEXT_CLASSES {
        AfterSecond = "after_second",
        ArticleCount = "article_count",
        BeforeHalf = "before_half",
        AfterNoun = "after_noun",
        Age = "age",
        AgeAfter = "age_after",
        AgeClause = "age_clause",
        AgeLead = "age_lead",
        Change = "change",
        ComparisonLead = "comparison_lead",
        ComparisonLink = "comparison_link",
        CountingVerb = "counting_verb",
        Denominator = "denominator",
        Determiner = "determiner",
        ElisionLink = "elision_link",
        EsPlural = "es_plural",
        MeasuresArticle = "measures_article",
        Metre = "metre",
        Modifier = "modifier",
        ModifierLead = "modifier_lead",
        Multiplier = "multiplier",
        NotVerb = "not_verb",
        NounDeterminer = "noun_determiner",
        NounLy = "noun_ly",
        NumberJoiner = "number_joiner",
        ObjectStart = "object_start",
        OfDeterminer = "of_determiner",
        OrLower = "or_lower",
        OrUpper = "or_upper",
        OrdinalNo = "ordinal_no",
        PointIdiom = "point_idiom",
        PeriodPrefix = "period_prefix",
        PlaceWord = "place_word",
        Plural = "plural",
        RankLead = "rank_lead",
        BoundParticiple = "bound_participle",
        BoundModifier = "bound_modifier",
        ClockLink = "clock_link",
        HeadcountNoun = "headcount_noun",
        HeadcountLink = "headcount_link",
        RateLead = "rate_lead",
        Score = "score",
        Sign = "sign",
        Skip = "skip",
        SpanTo = "span_to",
        Starter = "starter",
        Stop = "stop",
        TemperatureCue = "temperature_cue",
        TimeIdiomAfter = "time_idiom_after",
        TimeIdiomBefore = "time_idiom_before",
        Timezone = "timezone",
        UpperPrefix = "upper_prefix",
        UsPlural = "us_plural",
        Vague = "vague",
        WeightCue = "weight_cue",
        YearBefore = "year_before",
        YearNoun = "year_noun",
    }
}

lexicon_classes! {
    /// The classes of `abbreviations.txt` (the tokenizer adds `Initial` for `J.`).
    AbbreviationClass, ABBREVIATION_CLASSES {
        /// Precedes a name: `Mr.`, `Gen.`.
        Title = "title",
        /// Month or weekday: `Jan.`, `Wed.`.
        Month = "month",
        /// Precedes a number: `No.`, `p.`.
        Prefix = "prefix",
        /// May end a sentence: `Inc.`, `etc.`.
        General = "general",
    }
}

lexicon_classes! {
    /// The classes of `number_traps.txt` (the header of the file says what each means).
    TrapClass, NUMBER_TRAP_CLASSES {
        AfterOrdinal = "after_ordinal",
        Label = "label",
        NamePrefix = "name_prefix",
        OneNumericNext = "one_numeric_next",
        OneNumericPrev = "one_numeric_prev",
        OneRelativeAfter = "one_relative_after",
        Phone = "phone",
        Prefix = "prefix",
        Street = "street",
        SecondUnitAfter = "second_unit_after",
        SecondUnitBefore = "second_unit_before",
        Token = "token",
        Version = "version",
        Weekday = "weekday",
    }
}

lexicon_classes! {
    /// The classes of `syntax_words.txt` (the shallow-syntax pass, `facts/chunks.rs`).
    SyntaxWordClass, SYNTAX_WORD_CLASSES {
        /// A subordinating conjunction: a clause break before it.
        Sub = "sub",
        /// A relative or complement word: a clause break before it.
        Rel = "rel",
        /// A modal or "do": a content word right after it is a verb.
        Modal = "modal",
        /// An object pronoun: a noun phrase of its own.
        Obj = "obj",
    }
}

lexicon_classes! {
    /// The classes of `scales.txt`.
    ScaleClass, SCALE_CLASSES {
        Word = "word",
        PluralWord = "plural_word",
        Abbrev = "abbrev",
    }
}

lexicon_classes! {
    /// Genders in `first_names.txt` and `titles.txt`.
    Gender, GENDERS {
        Male = "m",
        Female = "f",
        Unknown = "u",
    }
}

lexicon_classes! {
    /// The classes of `currencies.txt`' third field.
    CurrencyFileClass, CURRENCY_CLASSES {
        Sign = "sign",
        Code = "code",
        Word = "word",
        Minor = "minor",
        Cent = "cent",
    }
}

lexicon_classes! {
    /// The classes of `number_words.txt`.
    NumberWordClass, NUMBER_WORD_CLASSES {
        Unit = "unit",
        Teen = "teen",
        Tens = "tens",
        Dozen = "dozen",
        Ordinal = "ordinal",
        Fraction = "fraction",
    }
}

lexicon_classes! {
    /// The classes of `quote_function_words.txt`.
    FunctionWordClass, FUNCTION_WORD_CLASSES {
        Det = "det",
        Pron = "pron",
        Rel = "rel",
        Aux = "aux",
        Adv = "adv",
        Other = "other",
    }
}

lexicon_classes! {
    /// The classes of `indirect_words.txt` (the header of the file says what each means).
    IndirectWordClass, INDIRECT_WORD_CLASSES {
        SubjectOpener = "subject_opener",
        NounMarker = "noun_marker",
        Be = "be",
        ClauseOpener = "clause_opener",
        SubjectPronoun = "subject_pronoun",
        Connective = "connective",
        TimeWord = "time_word",
        AmbiguousPast = "ambiguous_past",
        HeadingLabel = "heading_label",
        AbstractNoun = "abstract_noun",
        EvidenceVerb = "evidence_verb",
        UtteranceNoun = "utterance_noun",
        TrailingOpener = "trailing_opener",
        TrailingParticiple = "trailing_participle",
        CommaJoiner = "comma_joiner",
        ObjectEnd = "object_end",
        ParticipleConjunction = "participle_conjunction",
        Possessive = "possessive",
        ClauseJoiner = "clause_joiner",
        RelativeBefore = "relative_before",
        ClauseWord = "clause_word",
        IrregularPlural = "irregular_plural",
        Causative = "causative",
        ObjectPronoun = "object_pronoun",
        FrontedPreposition = "fronted_preposition",
        NounFirst = "noun_first",
        LinkingVerb = "linking_verb",
    }
}

lexicon_classes! {
    /// The holders of `indirect_possessive_holders.txt` (the header of the file says what each
    /// means).
    PossessiveHolder, POSSESSIVE_HOLDERS {
        Person = "person",
        Thing = "thing",
        Plural = "plural",
    }
}

lexicon_classes! {
    /// The classes of `titles.txt`.
    TitleClass, TITLE_CLASSES {
        Honorific = "honorific",
        Role = "role",
    }
}

lexicon_classes! {
    /// The classes of `units.txt`.
    UnitFileClass, UNIT_CLASSES {
        Mass = "mass",
        Length = "length",
        Area = "area",
        Volume = "volume",
        Speed = "speed",
        Temperature = "temperature",
        Energy = "energy",
        Power = "power",
        Data = "data",
        Time = "time",
        Percent = "percent",
        Points = "points",
        Count = "count",
        Angle = "angle",
    }
}

lexicon_classes! {
    /// The tags of `cue_verbs.txt`'s fourth field (the file's header says what each means).
    CueVerbTag, CUE_VERB_TAGS {
        Object = "object",
        After = "after",
        Indirect = "indirect",
        Addressee = "addressee",
    }
}

lexicon_classes! {
    /// The kinds of `indirect_cues.txt`, `indirect_nouns.txt` and `indirect_adjectives.txt`.
    IndirectKind, CUE_KINDS {
        Speech = "speech",
        Thought = "thought",
        Document = "document",
    }
}

lexicon_classes! {
    /// The frames of `indirect_cues.txt`, `indirect_nouns.txt` and `indirect_adjectives.txt`
    /// (the files' headers say what each means; the last ones are prepositions).
    IndirectFrame, INDIRECT_FRAMES {
        Clause = "clause",
        Perception = "perception",
        Result = "result",
        To = "to",
        ObjectTo = "object_to",
        Object = "object",
        Seem = "seem",
        Hearer = "hearer",
        OnTo = "on_to",
        Marked = "marked",
        About = "about",
        Of = "of",
        For = "for",
        On = "on",
        Against = "against",
        At = "at",
        With = "with",
        In = "in",
        Over = "over",
        Particle = "particle",
    }
}

lexicon_classes! {
    /// The particles of `indirect_cues.txt` (its sixth field): the word that may stand between
    /// a verb and the preposition of its frame ("lashed out at", "weighed in on").
    IndirectParticle, INDIRECT_PARTICLES {
        Out = "out",
        In = "in",
        Up = "up",
        Back = "back",
        Off = "off",
        Down = "down",
    }
}

lexicon_classes! {
    /// The classes of `fact_context.txt` (the header of the file says what each means).
    FactContextClass, FACT_CONTEXT_CLASSES {
        Scope = "scope",
        Time = "time",
        Relation = "relation",
        Clause = "clause",
        Day = "day",
        DayPrefix = "day_prefix",
    }
}

lexicon_classes! {
    /// The classes of `quote_words.txt` (the header of the file says what each means).
    QuoteWordClass, QUOTE_WORD_CLASSES {
        Be = "be",
        ProgressiveBe = "progressive_be",
        Negation = "negation",
        Preposition = "preposition",
        ClausePreposition = "clause_preposition",
        AttachingPreposition = "attaching_preposition",
        HeadlineSmall = "headline_small",
        NameConnector = "name_connector",
        EntityConnector = "entity_connector",
        DeterminerNoExtend = "determiner_no_extend",
        SingularArticle = "singular_article",
        TemporalSubordinator = "temporal_subordinator",
        Definite = "definite",
        NoGenderPronoun = "no_gender_pronoun",
        MalePronoun = "male_pronoun",
        FemalePronoun = "female_pronoun",
        TitlePreposition = "title_preposition",
        StrongTermMarker = "strong_term_marker",
        SubjectPronoun = "subject_pronoun",
        TitleSmall = "title_small",
        Put = "put",
        ClauseOpener = "clause_opener",
        Possessive = "possessive",
        NpCloser = "np_closer",
        InvertedPronoun = "inverted_pronoun",
        HeadPreposition = "head_preposition",
        NameRunLink = "name_run_link",
        Subordinator = "subordinator",
        ConditionalSubordinator = "conditional_subordinator",
        OrgNoun = "org_noun",
        FrontedClauseOpener = "fronted_clause_opener",
        Coordinator = "coordinator",
        ExpletiveVerb = "expletive_verb",
        Quantifier = "quantifier",
        RelativeOpener = "relative_opener",
        NameCategory = "name_category",
        Partitive = "partitive",
        Correlative = "correlative",
        TimeNoun = "time_noun",
        TimeModifier = "time_modifier",
        TimeAlone = "time_alone",
        TimeCount = "time_count",
        TimeComparative = "time_comparative",
        ComparisonLead = "comparison_lead",
        SourceNoun = "source_noun",
        FrontedOpener = "fronted_opener",
        PlacePreposition = "place_preposition",
        CatenativeLink = "catenative_link",
        EitherGenderShortName = "either_gender_short_name",
        PluralVerb = "plural_verb",
        PhraseNoun = "phrase_noun",
        Reflexive = "reflexive",
        CueModifier = "cue_modifier",
        DeterminedAdjective = "determined_adjective",
    }
}

/// Every lexicon file and its spec.
pub const LEXICONS: &[Spec] = &[
    Spec {
        name: "abbreviations.txt",
        source: source!("abbreviations.txt"),
        case: Case::Sensitive,
        keys: Keys::Unique,
        fields: &[Field::OneOf(ABBREVIATION_CLASSES)],
        required: 1,
    },
    Spec {
        name: "cue_verbs.txt",
        source: source!("cue_verbs.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[Field::Text, Field::Text, Field::TagsOf(CUE_VERB_TAGS)],
        required: 0,
    },
    Spec {
        name: "cue_phrases.txt",
        source: source!("cue_phrases.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[Field::Text, Field::Text],
        required: 0,
    },
    Spec {
        name: "indirect_cues.txt",
        source: source!("indirect_cues.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[
            Field::Text,
            Field::Text,
            Field::OneOf(CUE_KINDS),
            Field::TagsOf(INDIRECT_FRAMES),
            Field::OneOf(INDIRECT_PARTICLES),
        ],
        required: 4,
    },
    Spec {
        name: "indirect_phrasal_verbs.txt",
        source: source!("indirect_phrasal_verbs.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[Field::TagsOf(INDIRECT_PARTICLES)],
        required: 1,
    },
    Spec {
        name: "indirect_nouns.txt",
        source: source!("indirect_nouns.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[Field::OneOf(CUE_KINDS), Field::TagsOf(INDIRECT_FRAMES)],
        required: 1,
    },
    Spec {
        name: "indirect_adjectives.txt",
        source: source!("indirect_adjectives.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[Field::OneOf(CUE_KINDS), Field::TagsOf(INDIRECT_FRAMES)],
        required: 2,
    },
    Spec {
        name: "indirect_words.txt",
        source: source!("indirect_words.txt"),
        case: Case::Folded,
        keys: Keys::Repeatable,
        fields: &[Field::OneOf(INDIRECT_WORD_CLASSES)],
        required: 1,
    },
    keys_only(
        "indirect_finite_verbs.txt",
        source!("indirect_finite_verbs.txt"),
        Case::Folded,
    ),
    Spec {
        name: "currencies.txt",
        source: source!("currencies.txt"),
        case: Case::Sensitive,
        keys: Keys::Unique,
        fields: &[Field::Text, Field::OneOf(CURRENCY_CLASSES)],
        required: 2,
    },
    keys_only(
        "caption_labels.txt",
        source!("caption_labels.txt"),
        Case::Sensitive,
    ),
    keys_only(
        "designation_nouns.txt",
        source!("designation_nouns.txt"),
        Case::Folded,
    ),
    keys_only("elisions.txt", source!("elisions.txt"), Case::Folded),
    keys_only(
        "era_abbreviations.txt",
        source!("era_abbreviations.txt"),
        Case::Sensitive,
    ),
    keys_only(
        "hyphen_prefixes.txt",
        source!("hyphen_prefixes.txt"),
        Case::Folded,
    ),
    keys_only("emoticons.txt", source!("emoticons.txt"), Case::Sensitive),
    keys_only(
        "function_words.txt",
        source!("function_words.txt"),
        Case::Sensitive,
    ),
    Spec {
        name: "first_names.txt",
        source: source!("first_names.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[Field::OneOf(GENDERS)],
        required: 1,
    },
    Spec {
        name: "months.txt",
        source: source!("months.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[Field::Int(1, 12)],
        required: 1,
    },
    Spec {
        name: "number_context.txt",
        source: source!("number_context.txt"),
        case: Case::Folded,
        keys: Keys::Repeatable,
        fields: &[Field::OneOf(NUMBER_CONTEXT_CLASSES)],
        required: 1,
    },
    keys_only(
        "number_suffixes.txt",
        source!("number_suffixes.txt"),
        Case::Sensitive,
    ),
    Spec {
        name: "number_traps.txt",
        source: source!("number_traps.txt"),
        case: Case::Folded,
        keys: Keys::Repeatable,
        fields: &[Field::OneOf(NUMBER_TRAP_CLASSES)],
        required: 1,
    },
    keys_only(
        "number_verbs.txt",
        source!("number_verbs.txt"),
        Case::Folded,
    ),
    Spec {
        name: "number_words.txt",
        source: source!("number_words.txt"),
        case: Case::Folded,
        keys: Keys::Repeatable,
        fields: &[
            Field::Int(0, 1_000_000_000_000),
            Field::OneOf(NUMBER_WORD_CLASSES),
        ],
        required: 2,
    },
    keys_only(
        "opening_prepositions.txt",
        source!("opening_prepositions.txt"),
        Case::Folded,
    ),
    keys_only(
        "org_suffixes.txt",
        source!("org_suffixes.txt"),
        Case::Sensitive,
    ),
    keys_only(
        "place_names.txt",
        source!("place_names.txt"),
        Case::Sensitive,
    ),
    Spec {
        name: "qualifiers.txt",
        source: source!("qualifiers.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[
            Field::OneOf(&["yes", "no"]),
            Field::OneOf(&["lower", "upper"]),
        ],
        required: 1,
    },
    Spec {
        name: "spelling_variants.txt",
        source: source!("spelling_variants.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[Field::Text],
        required: 1,
    },
    Spec {
        name: "syntax_words.txt",
        source: source!("syntax_words.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[Field::OneOf(SYNTAX_WORD_CLASSES)],
        required: 1,
    },
    Spec {
        name: "fact_context.txt",
        source: source!("fact_context.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[Field::OneOf(FACT_CONTEXT_CLASSES)],
        required: 1,
    },
    keys_only(
        "stative_verbs.txt",
        source!("stative_verbs.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_making_verbs.txt",
        source!("indirect_making_verbs.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_result_nouns.txt",
        source!("indirect_result_nouns.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_control_verbs.txt",
        source!("indirect_control_verbs.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_relaying_verbs.txt",
        source!("indirect_relaying_verbs.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_subordinators.txt",
        source!("indirect_subordinators.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_run_breakers.txt",
        source!("indirect_run_breakers.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_floating_quantifiers.txt",
        source!("indirect_floating_quantifiers.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_agent_nouns.txt",
        source!("indirect_agent_nouns.txt"),
        Case::Folded,
    ),
    Spec {
        name: "indirect_possessive_holders.txt",
        source: source!("indirect_possessive_holders.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[Field::Text, Field::OneOf(POSSESSIVE_HOLDERS)],
        required: 2,
    },
    keys_only(
        "indirect_object_particles.txt",
        source!("indirect_object_particles.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_object_relatives.txt",
        source!("indirect_object_relatives.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_proform_objects.txt",
        source!("indirect_proform_objects.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_possessive_verbs.txt",
        source!("indirect_possessive_verbs.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_extraposing_adjectives.txt",
        source!("indirect_extraposing_adjectives.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_event_nouns.txt",
        source!("indirect_event_nouns.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_superlatives.txt",
        source!("indirect_superlatives.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_hearer_pronouns.txt",
        source!("indirect_hearer_pronouns.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_hedge_modals.txt",
        source!("indirect_hedge_modals.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_amount_subjects.txt",
        source!("indirect_amount_subjects.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_indefinite_persons.txt",
        source!("indirect_indefinite_persons.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_perfect_auxiliaries.txt",
        source!("indirect_perfect_auxiliaries.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_bare_ed_forms.txt",
        source!("indirect_bare_ed_forms.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_eed_pasts.txt",
        source!("indirect_eed_pasts.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_rate_determiners.txt",
        source!("indirect_rate_determiners.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_back_particle_verbs.txt",
        source!("indirect_back_particle_verbs.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_received_nouns.txt",
        source!("indirect_received_nouns.txt"),
        Case::Folded,
    ),
    Spec {
        name: "indirect_receiving_verbs.txt",
        source: source!("indirect_receiving_verbs.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[Field::Text],
        required: 0,
    },
    keys_only(
        "indirect_received_prepositions.txt",
        source!("indirect_received_prepositions.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_received_modifiers.txt",
        source!("indirect_received_modifiers.txt"),
        Case::Folded,
    ),
    Spec {
        name: "quote_aliases.txt",
        source: source!("quote_aliases.txt"),
        case: Case::Sensitive,
        keys: Keys::Unique,
        fields: &[Field::Text],
        required: 1,
    },
    keys_only(
        "quote_cue_nouns.txt",
        source!("quote_cue_nouns.txt"),
        Case::Folded,
    ),
    keys_only(
        "quote_label_words.txt",
        source!("quote_label_words.txt"),
        Case::Folded,
    ),
    keys_only(
        "quote_outlet_nouns.txt",
        source!("quote_outlet_nouns.txt"),
        Case::Folded,
    ),
    Spec {
        name: "quote_function_words.txt",
        source: source!("quote_function_words.txt"),
        case: Case::Folded,
        keys: Keys::Unique,
        fields: &[Field::OneOf(FUNCTION_WORD_CLASSES)],
        required: 1,
    },
    Spec {
        name: "quote_words.txt",
        source: source!("quote_words.txt"),
        case: Case::Folded,
        keys: Keys::Repeatable,
        fields: &[Field::OneOf(QUOTE_WORD_CLASSES)],
        required: 1,
    },
    keys_only(
        "quote_group_subjects.txt",
        source!("quote_group_subjects.txt"),
        Case::Folded,
    ),
    keys_only(
        "quote_opening_connectives.txt",
        source!("quote_opening_connectives.txt"),
        Case::Folded,
    ),
    keys_only(
        "quote_source_markers.txt",
        source!("quote_source_markers.txt"),
        Case::Folded,
    ),
    keys_only(
        "quote_characterising_verbs.txt",
        source!("quote_characterising_verbs.txt"),
        Case::Folded,
    ),
    keys_only(
        "quote_naming_participles.txt",
        source!("quote_naming_participles.txt"),
        Case::Folded,
    ),
    keys_only(
        "quote_mentioning_verbs.txt",
        source!("quote_mentioning_verbs.txt"),
        Case::Folded,
    ),
    keys_only(
        "quote_chant_nouns.txt",
        source!("quote_chant_nouns.txt"),
        Case::Folded,
    ),
    keys_only(
        "quote_verb_particles.txt",
        source!("quote_verb_particles.txt"),
        Case::Folded,
    ),
    keys_only(
        "indirect_indefinites.txt",
        source!("indirect_indefinites.txt"),
        Case::Folded,
    ),
    keys_only(
        "quote_work_roles.txt",
        source!("quote_work_roles.txt"),
        Case::Folded,
    ),
    keys_only(
        "quote_demonyms.txt",
        source!("quote_demonyms.txt"),
        Case::Folded,
    ),
    keys_only(
        "quote_term_markers.txt",
        source!("quote_term_markers.txt"),
        Case::Folded,
    ),
    keys_only(
        "quote_title_markers.txt",
        source!("quote_title_markers.txt"),
        Case::Folded,
    ),
    Spec {
        name: "scales.txt",
        source: source!("scales.txt"),
        case: Case::Sensitive,
        keys: Keys::Unique,
        fields: &[Field::Int(1, 15), Field::OneOf(SCALE_CLASSES)],
        required: 2,
    },
    keys_only(
        "sentence_starters.txt",
        source!("sentence_starters.txt"),
        Case::Sensitive,
    ),
    keys_only("sign_offs.txt", source!("sign_offs.txt"), Case::Folded),
    keys_only(
        "footer_openers.txt",
        source!("footer_openers.txt"),
        Case::Folded,
    ),
    keys_only(
        "state_abbreviations.txt",
        source!("state_abbreviations.txt"),
        Case::Sensitive,
    ),
    keys_only(
        "state_abbreviation_words.txt",
        source!("state_abbreviation_words.txt"),
        Case::Sensitive,
    ),
    Spec {
        name: "titles.txt",
        source: source!("titles.txt"),
        case: Case::Sensitive,
        keys: Keys::Unique,
        fields: &[Field::OneOf(TITLE_CLASSES), Field::OneOf(GENDERS)],
        required: 1,
    },
    keys_only("tlds.txt", source!("tlds.txt"), Case::Folded),
    keys_only(
        "indian_grouping.txt",
        source!("indian_grouping.txt"),
        Case::Folded,
    ),
    Spec {
        name: "unit_chains.txt",
        source: source!("unit_chains.txt"),
        case: Case::Folded,
        keys: Keys::Repeatable,
        fields: &[Field::Text, Field::Int(2, 1_000_000)],
        required: 2,
    },
    Spec {
        name: "units.txt",
        source: source!("units.txt"),
        case: Case::Sensitive,
        keys: Keys::Unique,
        fields: &[
            Field::Text,
            Field::OneOf(UNIT_CLASSES),
            Field::OneOf(&["cs"]),
        ],
        required: 2,
    },
];

#[cfg(test)]
mod tests {
    use super::super::check::check;
    use super::*;

    #[test]
    fn every_lexicon_matches_its_spec() {
        let errors: Vec<String> = LEXICONS
            .iter()
            .flat_map(check)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "lexicon errors:\n{}", errors.join("\n"));
    }

    fn names_round_trip<C: LexiconClass + std::fmt::Debug + PartialEq>() {
        assert!(C::ALL.len() <= 64);
        assert_eq!(C::ALL.len(), C::NAMES.len());
        for (i, &class) in C::ALL.iter().enumerate() {
            assert_eq!(class.index(), i);
            assert_eq!(class.name().parse::<C>(), Ok(class));
        }
        let err = "no_such_class".parse::<C>().unwrap_err();
        assert_eq!(err.expected, C::NAMES);
    }

    #[test]
    fn class_enums_read_back_their_names_and_reject_others() {
        names_round_trip::<ContextClass>();
        names_round_trip::<TrapClass>();
        names_round_trip::<AbbreviationClass>();
        names_round_trip::<CurrencyFileClass>();
        names_round_trip::<NumberWordClass>();
        names_round_trip::<FunctionWordClass>();
        names_round_trip::<IndirectWordClass>();
        names_round_trip::<TitleClass>();
        names_round_trip::<UnitFileClass>();
        names_round_trip::<ScaleClass>();
        names_round_trip::<Gender>();
        names_round_trip::<CueVerbTag>();
        names_round_trip::<IndirectKind>();
        names_round_trip::<IndirectFrame>();
        names_round_trip::<IndirectParticle>();
        names_round_trip::<FactContextClass>();
        names_round_trip::<QuoteWordClass>();
        assert_eq!("ordinal_no".parse(), Ok(ContextClass::OrdinalNo));
        assert!("ordinal no".parse::<ContextClass>().is_err());
    }

    #[test]
    fn every_lexicon_file_has_a_spec() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/lexicons");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .expect("data/lexicons exists")
            .map(|e| {
                e.expect("readable entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .filter(|name| name.ends_with(".txt"))
            .collect();
        files.sort();
        let mut specs: Vec<String> = LEXICONS.iter().map(|s| s.name.to_string()).collect();
        specs.sort();
        assert!(!files.is_empty());
        assert_eq!(files, specs);
    }
}
