pragma Singleton
import QtQuick

// Words for the schema's keys, translated where they are shown.
QtObject {
    function label(key: string): string {
        switch (key) {
        case "bolig": return qsTr("Housing")
        case "arbeid_utdanning": return qsTr("Work and education")
        case "okonomi": return qsTr("Money")
        case "helse": return qsTr("Health")
        case "relasjoner_nettverk": return qsTr("Relationships and network")
        case "fritid_aktivitet": return qsTr("Leisure and activity")
        case "annet": return qsTr("Something else")
        }
        return key
    }

    // Joins the non-empty parts of a line ("3 of 5 steps done · 2 check-ins").
    function join(parts, separator) {
        return parts.filter(s => s !== "").join(separator)
    }

    function labels(keys) {
        return keys.map(key => label(key))
    }

    function statusLabel(key: string): string {
        switch (key) {
        case "active": return qsTr("Working on it")
        case "paused": return qsTr("Paused for now")
        case "achieved": return qsTr("Reached")
        case "archived": return qsTr("Put away")
        }
        return key
    }
}
