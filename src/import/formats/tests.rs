//! The registry's lists, detection and messages.

use super::*;

#[test]
fn the_lists_are_the_registry() {
    assert_eq!(
        FORMAT_NAMES,
        "GPX, TCX, FIT, Strong CSV, Hevy CSV, legday JSON, Strava activities.csv, FitNotes CSV, \
         Fitbod CSV, Runkeeper cardioActivities.csv, Apple Health export.xml and \
         Garmin summarizedActivities.json"
    );
    assert_eq!(
        NOTHING_FOUND,
        "no GPX, TCX, FIT, CSV, JSON or XML files found there (nor .zip or .gz); nothing imported"
    );
    assert_eq!(FORMATS_SHORT, "GPX, TCX, FIT, CSV, JSON, XML, .zip/.gz");
    for f in FORMATS {
        assert!(IMPORT_HELP.contains(f.name) && FORMATS_TEXT.contains(f.name));
        assert!(FORMATS_SHORT.contains(f.short));
        for e in f.extensions {
            assert!(NOTHING_FOUND.contains(&e.to_ascii_uppercase()), "{e}");
        }
    }
}

/// Each format's own sample is detected as that format and no other.
#[test]
fn detection_is_unambiguous() {
    let samples: [(&str, &[u8]); 11] = [
        (
            "GPX",
            b"<?xml version='1.0'?><gpx version='1.1'><trk/></gpx>",
        ),
        (
            "TCX",
            b"<TrainingCenterDatabase><Activities/></TrainingCenterDatabase>",
        ),
        (
            "Strong CSV",
            b"Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n",
        ),
        (
            "Hevy CSV",
            b"title,start_time,end_time,exercise_title,set_index,weight_kg,reps\n",
        ),
        ("legday JSON", b"{\"legday_export\": 1}"),
        (
            "Garmin summarizedActivities.json",
            b"[{\"summarizedActivitiesExport\": []}]",
        ),
        (
            "Apple Health export.xml",
            b"<?xml version=\"1.0\"?><!DOCTYPE HealthData [<!ELEMENT HealthData ANY>]><HealthData/>",
        ),
        (
            "FitNotes CSV",
            b"Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment\n",
        ),
        (
            "Fitbod CSV",
            b"Date,Exercise,Reps,Weight(kg),Duration(s),Distance(m),Incline,Resistance,isWarmup,\
              Note,multiplier\n",
        ),
        (
            "Runkeeper cardioActivities.csv",
            b"Activity Id,Date,Type,Route Name,Distance (km),Duration,Average Pace,Notes,GPX File\n",
        ),
        (
            "Strava activities.csv",
            b"Activity ID,Activity Date,Activity Name,Activity Type\n",
        ),
    ];
    for (name, bytes) in samples {
        let head = Head::new(bytes);
        let matching: Vec<&str> = FORMATS
            .iter()
            .filter(|f| f.shape == head.shape && (f.detect)(&head))
            .map(|f| f.name)
            .collect();
        assert_eq!(matching, [name]);
    }
}

#[test]
fn a_file_of_no_format_is_told_what_it_is_not() {
    let why = |name: &str, bytes: &[u8]| detect(Path::new(name), bytes).unwrap_err().to_string();
    assert_eq!(
        why("a.gpx", b"<kml/>"),
        "XML, but neither GPX, TCX nor Apple Health export.xml"
    );
    assert_eq!(why("a.gpx", b"hello"), "text, but not XML");
    assert_eq!(
        why("a.json", b"{}"),
        "JSON, but not a legday export or a Garmin summarizedActivities.json"
    );
    assert_eq!(
        why("a.csv", b"a,b\n1,2"),
        "a CSV file, but not a Strong export, a Hevy export, a Strava activities.csv, a FitNotes \
         export, a Fitbod export or a Runkeeper cardioActivities.csv (unknown columns)"
    );
    assert_eq!(
        why("a.fit", &[0x00, 0x80, 0xfe, 0xff]),
        "binary data, not a FIT file"
    );
}
