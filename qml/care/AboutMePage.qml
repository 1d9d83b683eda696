import QtQuick
import Medvandrer

// «Om meg»: told once, in the person's own words; shared only with helpers they choose.
CarePage {
    id: care
    // Someone else's, shared with me, is told apart from my own.
    objectName: care.ownerId === "" ? "aboutMePage" : "sharedAboutMePage"
    kind: "about"
}
