//! Fictional company names and contacts, built from syllable and word lists. Brands are
//! made-up words (rare Chinese characters paired at random, invented Latin syllables),
//! so names are plausible without being those of real companies; any likeness is
//! coincidence. Contacts use the reserved `.example` mail domain.

use super::rng::Rng;

/// First characters of Chinese brands, with their pinyin (for mail domains).
const ZH_FIRST: [(&str, &str); 22] = [
    ("澄", "cheng"),
    ("霁", "ji"),
    ("珩", "heng"),
    ("岫", "xiu"),
    ("沐", "mu"),
    ("曜", "yao"),
    ("栖", "qi"),
    ("溯", "su"),
    ("槿", "jin"),
    ("琮", "cong"),
    ("砚", "yan"),
    ("景", "jing"),
    ("翎", "ling"),
    ("泠", "ling"),
    ("杳", "yao"),
    ("昶", "chang"),
    ("峤", "qiao"),
    ("轩", "xuan"),
    ("煦", "xu"),
    ("湛", "zhan"),
    ("邃", "sui"),
    ("熠", "yi"),
];

/// Second characters of Chinese brands, with their pinyin.
const ZH_SECOND: [(&str, &str); 22] = [
    ("溪", "xi"),
    ("禾", "he"),
    ("汀", "ting"),
    ("衡", "heng"),
    ("墨", "mo"),
    ("弈", "yi"),
    ("芮", "rui"),
    ("珀", "po"),
    ("屿", "yu"),
    ("晖", "hui"),
    ("穹", "qiong"),
    ("翊", "yi"),
    ("桉", "an"),
    ("舟", "zhou"),
    ("棠", "tang"),
    ("砾", "li"),
    ("垣", "yuan"),
    ("楹", "ying"),
    ("峦", "luan"),
    ("霄", "xiao"),
    ("缇", "ti"),
    ("篁", "huang"),
];

/// What a company does, in Chinese and in English.
const TRADES: [(&str, &str, &str); 10] = [
    ("智能", "Intelligence", "ai"),
    ("科技", "Technologies", "tech"),
    ("机器人", "Robotics", "robot"),
    ("芯片", "Semiconductor", "chip"),
    ("视觉", "Vision", "vision"),
    ("数据", "Data", "data"),
    ("智造", "Manufacturing AI", "mfg"),
    ("医疗科技", "Health AI", "health"),
    ("智驾", "Mobility", "drive"),
    ("传感", "Sensing", "sense"),
];

/// Chinese cities, used only once every plain brand is taken (very large plans).
const ZH_CITIES: [&str; 16] = [
    "上海", "北京", "深圳", "杭州", "苏州", "合肥", "南京", "成都", "武汉", "西安", "广州", "天津",
    "重庆", "厦门", "无锡", "长沙",
];

/// Opening syllables of invented Latin brands.
const EN_FIRST: [&str; 24] = [
    "Vel", "Quen", "Zor", "Tal", "Mir", "Orv", "Kest", "Lum", "Nyr", "Pax", "Sol", "Thal", "Ves",
    "Wyn", "Xan", "Yor", "Cal", "Dru", "Eld", "Fen", "Gal", "Hest", "Ival", "Jor",
];

/// Closing syllables of invented Latin brands.
const EN_SECOND: [&str; 24] = [
    "ora", "dara", "ix", "ent", "ova", "eth", "ira", "umo", "ant", "ex", "ique", "ara", "ion",
    "ys", "olt", "aro", "ema", "ity", "ulo", "osk", "ari", "une", "ivo", "ask",
];

/// Branch suffixes for invented brands, used only once every plain brand is taken.
const EN_BRANCHES: [&str; 12] = [
    "Singapore",
    "Munich",
    "Toronto",
    "Seoul",
    "Lyon",
    "Austin",
    "Osaka",
    "Turin",
    "Haifa",
    "Utrecht",
    "Bangalore",
    "Melbourne",
];

/// Surnames and given names for contact people, with pinyin.
const ZH_SURNAMES: [(&str, &str); 10] = [
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("赵", "zhao"),
    ("黄", "huang"),
    ("周", "zhou"),
    ("吴", "wu"),
];
const ZH_GIVEN: [(&str, &str); 12] = [
    ("伟", "wei"),
    ("芳", "fang"),
    ("娜", "na"),
    ("敏", "min"),
    ("静", "jing"),
    ("磊", "lei"),
    ("洋", "yang"),
    ("婷", "ting"),
    ("杰", "jie"),
    ("思远", "siyuan"),
    ("雨桐", "yutong"),
    ("子涵", "zihan"),
];
const EN_GIVEN: [&str; 12] = [
    "Alex", "Priya", "Jonas", "Mei", "Omar", "Sofia", "Liam", "Yuki", "Elena", "Noah", "Aisha",
    "Mateo",
];
const EN_SURNAMES: [&str; 12] = [
    "Berg",
    "Rao",
    "Novak",
    "Tan",
    "Silva",
    "Kim",
    "Okafor",
    "Laurent",
    "Haddad",
    "Moreau",
    "Lindqvist",
    "Costa",
];

/// A stride coprime to every name-space size below, so that consecutive exhibitors get
/// well-spread brands while no brand repeats before the space is used up.
const STRIDE: usize = 7919;

/// A fictional company: its name and a contact line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Company {
    /// The company name.
    pub(crate) name: String,
    /// Contact person and mail address.
    pub(crate) contact: String,
}

/// Hands out distinct fictional companies, Chinese or English.
#[derive(Debug)]
pub(crate) struct Namer {
    chinese: usize,
    english: usize,
    rng: Rng,
}

impl Namer {
    /// A namer whose contacts are drawn from `rng`.
    pub(crate) fn new(rng: Rng) -> Self {
        Self {
            chinese: 0,
            english: 0,
            rng,
        }
    }

    /// The next Chinese-named company.
    pub(crate) fn chinese(&mut self) -> Company {
        let space = ZH_FIRST.len() * ZH_SECOND.len() * TRADES.len();
        let k = self.chinese;
        self.chinese += 1;
        let code = k * STRIDE % space;
        let (first, fp) = ZH_FIRST[code % ZH_FIRST.len()];
        let (second, sp) = ZH_SECOND[code / ZH_FIRST.len() % ZH_SECOND.len()];
        let (trade, _, tag) = TRADES[code / (ZH_FIRST.len() * ZH_SECOND.len())];
        let round = k / space;
        let city = match round {
            0 => String::new(),
            r => ZH_CITIES[(r - 1) % ZH_CITIES.len()].to_owned(),
        };
        let repeat = suffix(round, ZH_CITIES.len());
        let name = format!("{city}{first}{second}{trade}{repeat}");
        let (surname, surname_py) = ZH_SURNAMES[self.rng.below(ZH_SURNAMES.len())];
        let (given, given_py) = ZH_GIVEN[self.rng.below(ZH_GIVEN.len())];
        let contact = format!(
            "{surname}{given} · {given_py}.{surname_py}@{fp}{sp}-{tag}{}.example",
            domain_round(round)
        );
        Company { name, contact }
    }

    /// The next English-named company.
    pub(crate) fn english(&mut self) -> Company {
        let space = EN_FIRST.len() * EN_SECOND.len() * TRADES.len();
        let k = self.english;
        self.english += 1;
        let code = k * STRIDE % space;
        let first = EN_FIRST[code % EN_FIRST.len()];
        let second = EN_SECOND[code / EN_FIRST.len() % EN_SECOND.len()];
        let (_, trade, tag) = TRADES[code / (EN_FIRST.len() * EN_SECOND.len())];
        let round = k / space;
        let branch = match round {
            0 => String::new(),
            r => format!(" {}", EN_BRANCHES[(r - 1) % EN_BRANCHES.len()]),
        };
        let repeat = suffix(round, EN_BRANCHES.len());
        let brand = format!("{first}{second}");
        let name = format!("{brand} {trade}{branch}{repeat}");
        let given = EN_GIVEN[self.rng.below(EN_GIVEN.len())];
        let surname = EN_SURNAMES[self.rng.below(EN_SURNAMES.len())];
        let contact = format!(
            "{given} {surname} · {}.{}@{}-{tag}{}.example",
            given.to_lowercase(),
            surname.to_lowercase(),
            brand.to_lowercase(),
            domain_round(round)
        );
        Company { name, contact }
    }
}

/// A number that keeps names distinct once every city or branch has been used too.
fn suffix(round: usize, places: usize) -> String {
    match round.saturating_sub(1) / places {
        0 => String::new(),
        n => format!(" {}", n + 1),
    }
}

fn domain_round(round: usize) -> String {
    match round {
        0 => String::new(),
        r => format!("-{r}"),
    }
}

/// Whether the text contains a CJK ideograph.
#[cfg(test)]
pub(crate) fn is_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn stride_is_coprime_to_the_name_spaces() {
        fn gcd(a: usize, b: usize) -> usize {
            if b == 0 { a } else { gcd(b, a % b) }
        }
        assert_eq!(
            gcd(STRIDE, ZH_FIRST.len() * ZH_SECOND.len() * TRADES.len()),
            1
        );
        assert_eq!(
            gcd(STRIDE, EN_FIRST.len() * EN_SECOND.len() * TRADES.len()),
            1
        );
    }

    #[test]
    fn names_are_distinct_in_large_numbers() {
        let mut namer = Namer::new(Rng::new(1, 0));
        let mut seen = HashSet::new();
        for _ in 0..60_000 {
            assert!(seen.insert(namer.chinese().name));
            assert!(seen.insert(namer.english().name));
        }
    }

    #[test]
    fn names_look_right() {
        let mut namer = Namer::new(Rng::new(1, 0));
        let zh = namer.chinese();
        assert!(is_chinese(&zh.name));
        assert!(zh.contact.ends_with(".example"));
        let en = namer.english();
        assert!(!is_chinese(&en.name));
        assert!(en.name.contains(' '));
        assert!(en.contact.contains('@'));
    }
}
