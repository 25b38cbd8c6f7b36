//! `activities.csv` as Strava writes it in each export language: the column names (English,
//! German, French, Spanish, Italian, Dutch, Portuguese), dates with translated month names or
//! in day-first digits, and numbers with decimal commas.

use chrono::{DateTime, NaiveDateTime, Utc};

/// The names one column goes by, English first. Headers are compared lowercase, with a
/// typographic apostrophe read as `'`.
pub struct Column(pub &'static [&'static str]);

pub const ID: Column = Column(&[
    "activity id",
    "aktivitäts-id",
    "id de l'activité",
    "id de la actividad",
    "id attività",
    "activiteit-id",
    "id da atividade",
]);
pub const DATE: Column = Column(&[
    "activity date",
    "aktivitätsdatum",
    "date de l'activité",
    "fecha de la actividad",
    "data attività",
    "activiteitsdatum",
    "data da atividade",
]);
pub const TYPE: Column = Column(&[
    "activity type",
    "aktivitätsart",
    "type d'activité",
    "tipo de actividad",
    "tipo di attività",
    "activiteitstype",
    "tipo de atividade",
]);
pub const NAME: Column = Column(&[
    "activity name",
    "name der aktivität",
    "nom de l'activité",
    "nombre de la actividad",
    "nome attività",
    "naam activiteit",
    "nome da atividade",
]);
pub const DESCRIPTION: Column = Column(&[
    "activity description",
    "aktivitätsbeschreibung",
    "description de l'activité",
    "descripción de la actividad",
    "descrizione attività",
    "beschrijving activiteit",
    "descrição da atividade",
]);
pub const PRIVATE_NOTE: Column = Column(&[
    "activity private note",
    "private notiz zur aktivität",
    "note privée de l'activité",
    "nota privada de la actividad",
    "nota privata attività",
    "privénotitie activiteit",
    "nota privada da atividade",
]);
pub const GEAR: Column = Column(&[
    "activity gear",
    "gear",
    "aktivitätsausrüstung",
    "équipement de l'activité",
    "equipo de la actividad",
    "attrezzatura attività",
    "uitrusting activiteit",
    "equipamento da atividade",
]);
pub const FILENAME: Column = Column(&[
    "filename",
    "dateiname",
    "nom du fichier",
    "nombre del archivo",
    "nome file",
    "bestandsnaam",
    "nome do arquivo",
]);
pub const ELAPSED: Column = Column(&[
    "elapsed time",
    "verstrichene zeit",
    "temps écoulé",
    "tiempo transcurrido",
    "tempo trascorso",
    "verstreken tijd",
    "tempo decorrido",
]);
pub const MOVING: Column = Column(&[
    "moving time",
    "bewegungszeit",
    "temps de déplacement",
    "tiempo en movimiento",
    "tempo in movimento",
    "beweegtijd",
    "tempo em movimento",
]);
/// Written twice by Strava: in the activity's units (km or miles), then in metres.
pub const DISTANCE: Column = Column(&[
    "distance",
    "distanz",
    "distancia",
    "distanza",
    "afstand",
    "distância",
]);
pub const AVG_HR: Column = Column(&[
    "average heart rate",
    "durchschnittliche herzfrequenz",
    "fréquence cardiaque moyenne",
    "frecuencia cardíaca media",
    "frequenza cardiaca media",
    "gemiddelde hartslag",
    "frequência cardíaca média",
]);
pub const MAX_HR: Column = Column(&[
    "max heart rate",
    "max. herzfrequenz",
    "fréquence cardiaque max.",
    "frecuencia cardíaca máx.",
    "frequenza cardiaca max",
    "max. hartslag",
    "frequência cardíaca máx.",
]);
pub const PERCEIVED_EXERTION: Column = Column(&[
    "perceived exertion",
    "wahrgenommene anstrengung",
    "effort perçu",
    "esfuerzo percibido",
    "sforzo percepito",
    "waargenomen inspanning",
    "esforço percebido",
]);

/// `Activity Type`s that are a strength session without sets, in every export language.
pub const STRENGTH_TYPES: &[&str] = &[
    "weight training",
    "workout",
    "crossfit",
    "krafttraining",
    "training",
    "musculation",
    "entraînement",
    "entrenamiento con pesas",
    "entrenamiento",
    "allenamento con i pesi",
    "allenamento",
    "krachttraining",
    "treino com pesos",
    "treino",
    // Apple Health's workout types
    "traditionalstrengthtraining",
    "functionalstrengthtraining",
    // Garmin's activity types
    "strength_training",
];

/// Whether a header line (lowercase) is an `activities.csv` in any language.
pub fn is_header(line: &str) -> bool {
    let line = line.replace('\u{2019}', "'");
    ID.0.iter().any(|n| line.contains(n)) && TYPE.0.iter().any(|n| line.contains(n))
}

/// Whether the file's headers are English (numbers may then group thousands with commas).
pub fn is_english(headers: &[String]) -> bool {
    headers.iter().any(|h| h == ID.0[0])
}

/// A number as Strava writes it: `12.82`, `12821.199219`, `1,234.5` in English; `10,5` and
/// `1.234,5` in the other languages.
pub fn number(s: &str, english: bool) -> Option<f64> {
    let s = s.trim();
    let (comma, dot) = (s.rfind(','), s.rfind('.'));
    let plain = match (comma, dot) {
        // both: the later one is the decimal separator
        (Some(c), Some(d)) if c > d => s.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => s.replace(',', ""),
        (Some(_), None) if english && thousands(s) => s.replace(',', ""),
        (Some(_), None) => s.replace(',', "."),
        _ => s.to_string(),
    };
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// `1,234` or `12,345,678`: digits grouped by three with commas.
fn thousands(s: &str) -> bool {
    let mut parts = s.split(',');
    let first = parts.next().unwrap_or("");
    (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && parts.all(|p| p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Month names and abbreviations in the export languages, without accents, to English.
const MONTHS: &[(&str, &str)] = &[
    ("jan", "Jan"),
    ("ene", "Jan"),
    ("gen", "Jan"),
    ("feb", "Feb"),
    ("fev", "Feb"),
    ("mar", "Mar"),
    ("maa", "Mar"),
    ("mrt", "Mar"),
    ("apr", "Apr"),
    ("avr", "Apr"),
    ("abr", "Apr"),
    ("may", "May"),
    ("mai", "May"),
    ("mag", "May"),
    ("mei", "May"),
    ("jun", "Jun"),
    ("juin", "Jun"),
    ("giu", "Jun"),
    ("jul", "Jul"),
    ("juil", "Jul"),
    ("lug", "Jul"),
    ("aug", "Aug"),
    ("aou", "Aug"),
    ("ago", "Aug"),
    ("sep", "Sep"),
    ("set", "Sep"),
    ("oct", "Oct"),
    ("okt", "Oct"),
    ("ott", "Oct"),
    ("out", "Oct"),
    ("nov", "Nov"),
    ("dec", "Dec"),
    ("dez", "Dec"),
    ("dic", "Dec"),
];

fn unaccent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        c => c,
    }
}

/// A word of a date as an English month abbreviation, when it is a month.
fn month(word: &str) -> Option<&'static str> {
    let w: String = word.chars().map(unaccent).collect();
    let four: String = w.chars().take(4).collect();
    let three: String = w.chars().take(3).collect();
    MONTHS
        .iter()
        .find(|(k, _)| *k == four)
        .or_else(|| MONTHS.iter().find(|(k, _)| *k == three))
        .map(|(_, en)| *en)
}

/// A date with its words translated: month names to English, `de`/`del`/`à`/`um` dropped,
/// abbreviation dots removed (`9 de dez. de 2022, 15:24:49` → `9 Dec 2022, 15:24:49`).
fn english_words(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut out: Vec<String> = Vec::new();
    for raw in lower.split(' ').filter(|w| !w.is_empty()) {
        let (word, comma) = match raw.strip_suffix(',') {
            Some(w) => (w, ","),
            None => (raw, ""),
        };
        let word = word.trim_end_matches('.');
        if matches!(word, "de" | "del" | "à" | "a" | "um" | "om" | "alle" | "às") {
            continue;
        }
        let alpha = word.chars().all(char::is_alphabetic) && !word.is_empty();
        let w = match month(word) {
            Some(en) if alpha => en.to_string(),
            _ if alpha => word.to_uppercase(), // AM / PM
            _ => word.to_string(),
        };
        out.push(format!("{w}{comma}"));
    }
    out.join(" ")
}

/// `Jul 29, 2017, 2:46:35 PM` (UTC), Strava's English format; `09.12.2022, 15:24:49`,
/// `09/12/2022 15:24:49`, `9 déc. 2022, 15:24:49` and the other languages' forms; ISO forms.
pub fn date(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    const DIGITS: [&str; 9] = [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%SZ",
        "%d.%m.%Y, %H:%M:%S",
        "%d.%m.%Y %H:%M:%S",
        "%d/%m/%Y, %H:%M:%S",
        "%d/%m/%Y %H:%M:%S",
        "%d-%m-%Y, %H:%M:%S",
        "%d-%m-%Y %H:%M:%S",
        "%d.%m.%Y, %H:%M",
    ];
    const WORDS: [&str; 4] = [
        "%b %d, %Y, %I:%M:%S %p",
        "%d %b %Y, %H:%M:%S",
        "%d %b %Y %H:%M:%S",
        "%d %b, %Y, %H:%M:%S",
    ];
    DIGITS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
        .or_else(|| {
            let en = english_words(s);
            WORDS
                .iter()
                .find_map(|f| NaiveDateTime::parse_from_str(&en, f).ok())
        })
        .map(|n| n.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_every_export_language() {
        let want = "2022-12-09T15:24:49+00:00";
        for s in [
            "Dec 9, 2022, 3:24:49 PM",
            "09.12.2022, 15:24:49",
            "9 déc. 2022, 15:24:49",
            "9 dic 2022, 15:24:49",
            "09/12/2022, 15:24:49",
            "9 dec. 2022 15:24:49",
            "9 de dez. de 2022, 15:24:49",
            "09-12-2022 15:24:49",
        ] {
            assert_eq!(
                date(s).map(|d| d.to_rfc3339()).as_deref(),
                Some(want),
                "{s}"
            );
        }
        assert_eq!(
            date("Jul 29, 2017, 2:46:35 PM").unwrap().to_rfc3339(),
            "2017-07-29T14:46:35+00:00"
        );
        assert_eq!(
            date("12 juil. 2021, 07:00:00").unwrap().to_rfc3339(),
            "2021-07-12T07:00:00+00:00"
        );
        assert!(date("yesterday").is_none());
    }

    #[test]
    fn numbers_with_decimal_commas_and_thousands() {
        assert_eq!(number("1,234.5", true), Some(1234.5));
        assert_eq!(number("12.82", true), Some(12.82));
        assert_eq!(number("1,234", true), Some(1234.0));
        assert_eq!(number("10,5", true), Some(10.5));
        assert_eq!(number("10,50", false), Some(10.5));
        assert_eq!(number("1.234,5", false), Some(1234.5));
        assert_eq!(number("10500.0", false), Some(10500.0));
        assert_eq!(number("1,234", false), Some(1.234));
        assert_eq!(number("x", false), None);
    }
}
