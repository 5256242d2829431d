namespace Pii.Analyzers.Vocabulary
{
    /// <summary>
    /// The raw vocabulary: terms that name personal data, in English, Dutch, French and German. Accents are written as
    /// they are folded ("prenom", "strasse", "fuhrerschein"); spaces, hyphens and apostrophes only separate words.
    /// </summary>
    internal static partial class VocabularyData
    {
        /// <summary>Every term, grouped by meaning. The order matters only for the matched term's display text.</summary>
        internal static readonly TermGroup[] Terms =
        [
            // ---- names --------------------------------------------------------------------------------------------
            Strong(DataCategory.Name,
                "first name", "fname", "forename", "given name", "given names", "last name", "lname", "surname", "family name",
                "middle name", "middle names", "middle initial", "maiden name", "birth name", "nickname", "preferred name",
                "call name", "initials", "first mid name", "mid name",
                "voor naam", "voor namen", "voorletters", "roep naam", "achter naam", "tussenvoegsel", "tussenvoegsels",
                "geboorte naam", "meisjes naam", "familie naam", "geslachts naam", "voorvoegsel", "voorvoegsels",
                "prenom", "prenoms", "nom de famille", "nom de naissance", "nom de jeune fille", "surnom", "initiales",
                "vor name", "vor namen", "nach name", "familien name", "zuname", "geburts name", "madchen name", "ruf name",
                "spitzname", "initialen"),
            OnPerson(DataCategory.Name,
                "full name", "display name", "legal name", "real name", "complete name", "person name",
                "volledige naam", "weergave naam", "nom complet", "nom d usage", "vollstandiger name", "voller name", "anzeige name",
                "formal name", "other names", "formele naam", "officiele naam", "nom officiel", "offizieller name",
                // A German employee's short sign, usually their initials ("Kuerzel", "NamensKuerzel").
                "kurzel", "kuerzel", "namens kurzel", "namens kuerzel"),
            OnPerson(DataCategory.Name, TermFlags.BareName, "name", "naam", "nom"),
            Strong(DataCategory.Name, TermFlags.PersonNoun,
                "contact person", "contact persoon", "personne de contact", "interlocuteur", "ansprech partner",
                "ansprechperson", "kontaktperson", "emergency contact", "next of kin", "noodcontact", "personne a prevenir",
                "notfall kontakt"),

            // ---- contact ------------------------------------------------------------------------------------------
            Strong(DataCategory.EmailAddress,
                "email", "emails", "mail", "email address", "email addresses", "mail address", "email addr", "courriel",
                "courriels", "adresse email", "adresse mail", "adresse electronique", "email adres", "mail adres",
                "email adresse", "mail adresse", "email adressen", "email adress", "mail adress"),
            // Where a person lives, by its name.
            Strong(DataCategory.PostalAddress, "woonplaats", "woonplaats naam", "woon adres", "wohnort", "wohn adresse",
                "lieu de residence"),
            Strong(DataCategory.PhoneNumber,
                "phone", "phones", "telephone", "tel", "mobile", "mobile phone", "cellphone", "cellular", "fax", "telefax",
                "msisdn", "caller number", "phone extension", "contact number", "contact no", "mobile number",
                "telefoon", "mobiel", "mobiele", "gsm", "telefon", "handy", "mobil", "mobilfunk", "festnetz",
                "telephone portable", "numero portable", "doorkies", "doorkies nummer", "durchwahl", "ligne directe"),
            OnPerson(DataCategory.PhoneNumber, "cell", "portable"),
            InContext(DataCategory.PostalAddress,
                "address", "addresses", "address line", "street", "street name", "house number", "house no", "housenumber",
                "apartment", "building number", "postal code", "post code", "postcode", "zip", "zip code", "zipcode", "po box", "city", "town",
                "province", "region", "county", "country", "country code", "residence", "municipality", "district",
                // Misspellings that real models carry.
                "adress", "addres", "addresse",
                "adres", "adressen", "adres regel", "straat", "straat naam", "huis nummer", "huisnr", "postbus", "plaats",
                "stad", "gemeente", "provincie", "land code", "wijk", "verblijfplaats", "huis letter", "openbare ruimte",
                "openbare ruimte naam", "locatie beschrijving",
                "adresse", "rue", "code postal", "boite postale", "ville", "localite", "pays", "domicile",
                "anschrift", "adress zeile", "strasse", "strassen name", "haus nummer", "hausnr", "postleitzahl", "plz",
                "postfach", "ort", "stadt", "wohnsitz", "provinz", "land", "stadtteil", "quartier"),

            // ---- identity -----------------------------------------------------------------------------------------
            Strong(DataCategory.DateOfBirth, TermFlags.AllowsDate,
                "date of birth", "birth date", "birthdate", "birthday", "birth day", "dob", "year of birth", "birth year",
                "geboorte datum", "geboorte jaar", "geboorte dag", "verjaardag",
                "date de naissance", "naissance", "anniversaire", "annee de naissance",
                "geburts datum", "geburtstag", "geburts jahr"),
            OnPerson(DataCategory.DateOfBirth, "age", "ages", "age range", "age group", "age bracket", "leeftijd", "alter"),
            Strong(DataCategory.Other,
                "place of birth", "birth place", "birthplace", "city of birth", "country of birth",
                "geboorte plaats", "geboorte land", "lieu de naissance", "pays de naissance", "geburts ort", "geburts land"),
            OnPerson(DataCategory.Gender, TermFlags.AllowsCode,
                "gender", "sex", "geslacht", "geslachts aanduiding", "sexe", "geschlecht", "salutation", "honorific", "aanhef", "anrede", "civilite"),
            Strong(DataCategory.Nationality, TermFlags.AllowsCode,
                "nationality", "nationalities", "citizenship", "nationaliteit", "staatsburgerschap", "nationalite",
                "citoyennete", "staatsangehorigkeit", "staatsangehoerigkeit", "nationalitat", "nationalitaet",
                "staatsburgerschaft"),
            Strong(DataCategory.NationalIdentifier,
                "ssn", "social security", "social insurance number", "national id", "national identifier",
                "national identification number", "national number", "national register number", "national registry number",
                "national insurance number", "nino", "citizen service number", "identity card", "id card",
                "identity document", "passport", "passports",
                "driving licence", "driving license", "driver license", "drivers license", "driver licence",
                "drivers licence",
                "bsn", "burger service nummer", "sofi nummer", "rijks register", "rijks register nummer", "insz",
                "identiteits kaart", "id kaart", "identiteits bewijs", "paspoort", "rij bewijs",
                "nir", "securite sociale", "numero insee", "carte d identite", "passeport", "permis de conduire",
                "sozial versicherungs nummer", "sozial versicherung", "renten versicherungs nummer", "personal ausweis",
                "ausweis nummer", "reise pass", "fuhrerschein", "fuehrerschein"),
            Strong(DataCategory.NationalIdentifier, TermFlags.Numbered, "insurance", "health insurance", "verzekerings",
                "versicherten", "versicherungs", "kranken versicherungs"),
            // Numbers that identify a person in other countries' registers and in professional registers.
            Strong(DataCategory.NationalIdentifier,
                "aadhaar", "aadhar", "aadhaar number", "aadhar number", "pan number", "pan card", "uan number",
                "pf number", "provident fund number", "national code", "government id", "tax file number",
                "personal number", "personnummer", "identity number", "identification number", "pesel", "dni", "nif",
                "cpr number", "codice fiscale", "hetu", "amka", "egn", "cnp", "oib", "a nummer", "administratie nummer", "jmbg", "cpf"),
            OnPerson(DataCategory.NationalIdentifier, "id number", "license number", "licence number",
                "professional registration number", "numero licence", "numero de licence", "licentie nummer",
                // Dutch registers of care providers; French social security and Moroccan national identity card numbers,
                // which as abbreviations also name other things (a company's CIN in India).
                "agb code", "big nummer", "big registratie nummer", "nss", "cin"),

            // ---- financial ----------------------------------------------------------------------------------------
            Strong(DataCategory.TaxIdentifier, TermFlags.NumberedOrId,
                "vat", "btw", "tva", "tax", "tax identification", "steuer", "steuer identifikations", "ust", "umsatz steuer",
                "fiscal", "fiscaal"),
            Strong(DataCategory.TaxIdentifier, "ust id nr", "ust idnr", "tin", "tva intracommunautaire"),
            Strong(DataCategory.TaxIdentifier, TermFlags.NumberedOrId, "taxpayer", "tax payer"),
            Strong(DataCategory.PaymentData,
                "iban", "bank account", "bank account number", "card number", "credit card", "debit card", "card no", "cvv",
                "cvc", "card verification", "card last", "card last four", "last four digits", "last 4 digits", "last 4",
                "rekening nummer", "bank rekening", "konto nummer", "bank konto", "bank verbindung", "bank daten",
                "kredit karte", "karten nummer", "compte bancaire", "rib", "carte bancaire", "carte de credit",
                "numero de carte", "card holder", "card holder name", "card holders name", "name on card", "card name",
                "card expiration", "card expiration date", "card expiration month", "card expiration year", "card expiry",
                "card expiry date", "card expiry month", "card expiry year", "card exp month", "card exp year",
                "card security code", "kaart houder", "karten inhaber", "titulaire de la carte", "titulaire carte"),
            InContext(DataCategory.DeviceIdentifier, "cookies", "request headers"),
            // Pay is a person's on a payroll, a contract or an employment, or next to a reference to the employee.
            InContext(DataCategory.Other,
                "salary", "salaries", "wage", "wages", "desired salary", "salaris", "loon", "gehalt", "gehalter", "gehaelter",
                "lohn", "salaire", "salaire horaire", "hourly wage", "net pay", "gross pay", "uur loon", "stunden lohn", "taux horaire", "take home pay",
                "basic pay", "brutoloon", "nettoloon", "bruto loon", "netto loon", "brutto lohn", "netto lohn",
                "salaire brut", "salaire net"),
            OnPerson(DataCategory.Other,
                // A rate is an invoice line's as often as an employee's.
                "hourly fee", "hourly rate", "per hour rate", "overtime rate",
                "income", "inkomen", "einkommen", "revenu", "remuneration", "pretentions salariales", "overtime", "bonus",
                "pay grade", "heures supplementaires", "uberstunden", "over uren", "earnings", "total earnings",
                "deductions", "total deductions", "taxable income"),

            // ---- online identifiers -------------------------------------------------------------------------------
            Strong(DataCategory.IpAddress,
                "ip", "ips", "ip address", "ip addresses", "ip addr", "ipv4", "ipv6", "ipv4 address", "ipv6 address",
                "ip adres", "ip adresse", "adresse ip", "ip address v4", "ip address v6"),
            Strong(DataCategory.DeviceIdentifier,
                "device id", "device ids", "device identifier", "device token", "udid", "imei", "imsi", "idfa", "idfv",
                "gaid", "aaid", "advertising id", "advertiser id", "mac address", "mac adres", "mac adresse", "adresse mac",
                "cookie id", "cookie ids", "cookie identifier", "visitor id", "anonymous id", "browser fingerprint",
                "device fingerprint", "push token", "fcm token", "apns token", "installation id", "user agent",
                "user agents"),
            Strong(DataCategory.AccountIdentifier,
                "user name", "usernames", "login name", "logon name", "screen name", "user principal name",
                "gebruikers naam", "inlog naam", "benutzer name", "anmelde name", "nom utilisateur", "nom d utilisateur"),
            OnPerson(DataCategory.AccountIdentifier,
                "login", "account name", "pseudo", "linked in", "linkedin", "twitter", "twitter handle", "facebook",
                "instagram", "skype", "skype id", "facebook id", "google id", "microsoft id", "apple id", "github", "xmpp", "jabber",
                "icq", "msn", "homepage", "home page", "personal website", "blog", "known as", "alias", "handle",
                "twitter id", "telegram", "telegram id", "whatsapp", "yahoo messenger", "messenger"),
            Strong(DataCategory.Credentials,
                "password", "passwords", "passwd", "pwd", "passphrase", "pass phrase", "password hash", "password salt",
                "salt", "password hint", "security question", "security answer", "secret question", "secret answer",
                "security stamp", "two factor secret", "two factor key", "2fa secret", "2fa key", "mfa secret", "totp secret",
                "totp key", "otp secret", "authenticator key", "authenticator secret", "authenticator secret key", "recovery code", "recovery codes",
                "backup codes", "reset token", "access token", "refresh token", "id token", "bearer token", "auth token",
                "session token", "remember token", "personal access token", "verification token", "confirmation token",
                "email confirmation token", "verify email token", "verify email address token", "email verification token",
                "unsubscribe token", "invitation token", "invite token", "activation token", "activation code",
                "security stamp token", "password reset token", "magic link token", "one time password", "otp",
                "personal token",
                "wachtwoord", "wachtwoorden", "paswoord", "paswoorden", "herstel code", "herstel codes", "twee factor geheim", "toegangs token",
                "passwort", "kennwort", "wiederherstellungs code", "wiederherstellungs codes", "zwei faktor geheimnis",
                "mot de passe", "mdp", "token verification", "jeton verification", "jeton acces", "jeton d acces", "jeton rafraichissement", "jeton de rafraichissement"),
            OnPerson(DataCategory.Credentials, "secret key", "pin", "pin code", "pincode", "api token", "api key", "private key",
                "public key", "signed public key", "encrypted private key", "two factor providers", "two factor provider"),
            InContext(DataCategory.Geolocation,
                "latitude", "longitude", "lat", "lng", "lon", "geo", "geolocation", "geo location", "location", "locations",
                "gps", "gps coordinates", "coordinates", "coordinate", "coords", "geo position", "geoposition",
                "breedte graad", "lengte graad", "locatie", "breiten grad", "langen grad", "standort", "geolocalisation",
                "localisation"),
            // What an audit entry or a change request recorded of the changed record.
            InContext(DataCategory.Other, "old values", "new values", "previous values", "original values", "changed values",
                "old value", "new value", "previous value"),
            // A person's vehicle identifies them (plates, VIN).
            InContext(DataCategory.Other,
                "license plate", "licence plate", "number plate", "plate number", "registration plate", "vehicle number",
                "vehicle registration", "vehicle registration number", "vin", "chassis number", "chasis number", "kenteken",
                "nummer plaat", "kennzeichen", "kfz kennzeichen", "immatriculation", "plaque immatriculation"),
            InContext(DataCategory.BrowsingBehaviour, "browsing history", "search history", "visited pages", "clickstream"),

            // ---- images and signatures ----------------------------------------------------------------------------
            Strong(DataCategory.Photo,
                "avatar", "profile picture", "profile photo", "profile image", "profile pic", "headshot", "selfie",
                "passport photo", "id photo", "pasfoto", "profiel foto", "pas foto", "profil bild", "pass bild", "licht bild",
                "photo d identite", "photo de profil"),
            OnPerson(DataCategory.Photo, "photo", "photos", "photograph", "picture", "foto", "fotos", "portrait", "image", "images"),
            Strong(DataCategory.Signature, "handtekening", "unterschrift"),
            InContext(DataCategory.Signature, "signature", "signatures", "handwritten signature"),

            // ---- communication ------------------------------------------------------------------------------------
            InContext(DataCategory.Correspondence,
                "notes", "note", "comment", "comments", "remark", "remarks", "message", "messages", "special requests",
                "special request", "instructions", "delivery instructions", "gift message", "transcript", "free text",
                "opmerking", "opmerkingen", "notitie", "notities", "aantekening", "aantekeningen", "bericht", "berichten",
                "toelichting", "bemerkung", "bemerkungen", "notiz", "notizen", "anmerkung", "anmerkungen", "nachricht",
                "nachrichten", "kommentar", "kommentare", "commentaire", "commentaires", "remarque", "remarques",
                "body", "content", "text", "details", "reply", "reply message", "answer", "reason",
                "reason detail", "request text", "summary", "result summary", "next steps", "enquiry", "inquiry",
                "question", "feedback", "review", "inhoud", "onderwerp", "antwoord", "reden", "inhalt", "betreff",
                "antwort", "grund", "contenu", "sujet", "reponse", "raison", "motif"),
            // A title or a description is the author's text on what a person writes (a review, a ticket, a post) and
            // describes the person on a person.
            Authored(DataCategory.Correspondence, "title", "description", "pros", "cons", "headline", "tagline", "titel",
                "titre", "beschrijving", "omschrijving", "beschreibung"),
            InContext(DataCategory.AccountIdentifier, "assigned to", "assignee", "toegewezen aan", "zugewiesen an", "assigne a"),
            OnPerson(DataCategory.Correspondence,
                "biography", "bio", "about me", "about", "introduction", "interests", "looking for", "hobbies",
                "profile text", "over mij", "uber mich", "a propos"),
            OnPerson(DataCategory.Family, "relation", "relationship", "relatie", "beziehung", "lien de parente"),
            InContext(DataCategory.CallRecording,
                "recording", "recordings", "call recording", "voice recording", "voice message", "opname", "gesprek opname",
                "gespreks opname", "aufzeichnung", "anruf aufzeichnung", "gesprachs aufzeichnung", "enregistrement"),

            // ---- professional (job applicants, employees) ---------------------------------------------------------
            OnPerson(DataCategory.Professional,
                "job title", "jobtitle", "occupation", "profession", "department", "employer",
                "functie", "functie titel", "beroep", "afdeling", "werkgever",
                "fonction", "metier", "employeur",
                "beruf", "berufs bezeichnung", "abteilung", "arbeitgeber", "specialty", "speciality", "specialization",
                "specialisation", "specialite", "specialisatie", "fachgebiet", "fachrichtung", "specialities", "specialties"),
            // An employee's or applicant's working life: dates, experience, time worked.
            OnPerson(DataCategory.Professional, TermFlags.AllowsDate,
                "join date", "joining date", "date of joining", "joined date", "date joined", "hire date", "hiring date", "date of hire", "start date",
                "employment start date", "employment end date", "employment date", "confirmation date", "relieving date",
                "resignation date", "termination date", "leaving date", "exit date", "retirement date", "recruitment date",
                "date of leaving", "date of resignation", "date of termination", "date of retirement",
                "date recrutement",
                "in dienst datum", "uit dienst datum", "datum in dienst", "eintritts datum", "austritts datum",
                "date d embauche", "date d entree", "date de sortie"),
            OnPerson(DataCategory.Career,
                "experience", "total experience", "years of experience", "experience years", "career break", "employment type",
                "employment status", "employment", "designation", "exit reason", "reason for leaving", "ervaring", "dienstverband",
                "job role", "job roles", "job function", "skills", "skill set", "portfolio", "competences", "vaardigheden",
                "kompetenzen",
                "erfahrung", "anciennete"),
            // Time worked, on an employee or on a record about one (attendance, timesheet, payroll).
            InContext(DataCategory.Career,
                "working hours", "working days", "work time", "work hours", "shift", "working shift", "punch in",
                "punch out", "in time", "out time", "late in", "early in", "early out", "werk uren", "arbeits zeit",
                "check in time", "check out time", "break duration", "overtime hours", "total work hours",
                "total working hours", "hours worked", "days worked", "leaves taken", "leave taken", "leave days", "arbeits stunden",
                "gewerkte uren", "gearbeitete stunden", "heures travaillees"),
            // Leave and absence of an employee: its kind and reason.
            OnPerson(DataCategory.Career, "leave type", "leave reason", "absence type", "absence reason", "verlof soort",
                "verlof type", "urlaubs art", "type de conge", "reden verlof",
                "verlof reden"),
            InContext(DataCategory.Education, "grade", "grades", "marks", "obtained marks", "score card", "exam result",
                "final grade", "cijfer", "cijfers", "note finale", "noten"),
            InContext(DataCategory.Education, TermFlags.AllowsDate, "enrollment date", "enrolment date", "admission date",
                "date of admission", "graduation date", "inschrijvings datum", "einschreibungs datum", "date d inscription"),
            OnPerson(DataCategory.Education,
                "education", "qualifications", "qualification", "diploma", "diplomas", "opleiding", "opleidingen",
                "ausbildung", "schul abschluss", "formation", "diplome", "education level", "level of education",
                "niveau etude", "niveau etudes", "niveau d etudes", "opleidings niveau", "bildungs niveau", "bildungs stand"),
            OnPerson(DataCategory.Career,
                "resume", "cv", "curriculum vitae", "work experience", "employment history", "work history", "career", "cover letter",
                "motivation letter", "werk ervaring", "loopbaan", "motivatie", "motivatie brief",
                "experience professionnelle", "parcours", "lettre de motivation", "berufs erfahrung", "lebenslauf",
                "werdegang", "anschreiben", "motivations schreiben"),
            OnPerson(DataCategory.Family,
                "marital status", "civil status", "relationship status", "spouse", "children", "number of children",
                "dependents", "dependants", "burgerlijke staat", "kinderen", "aantal kinderen", "familienstand", "kinder",
                "anzahl kinder", "kinder anzahl", "etat civil", "situation familiale", "enfants", "nombre d enfants"),
            OnPerson(DataCategory.Family, TermFlags.AllowsDate, "wedding date", "marriage date", "date of marriage", "trouw datum",
                "huwelijks datum", "hochzeits datum", "date de mariage"),

            // ---- special categories (Art. 9 GDPR) -----------------------------------------------------------------
            Sensitive(SpecialCategory.Health, TermRule.Strong, TermFlags.Adjective,
                "medical", "medisch", "medische", "medizinisch", "medizinische", "psychiatric", "psychological"),
            Sensitive(SpecialCategory.Health, TermRule.Strong, TermFlags.None,
                "diagnosis", "diagnoses", "diagnose", "diagnosen", "allergy", "allergies", "allergie", "allergien",
                "allergieen", "disability", "disabilities", "behinderung", "behinderungs grad", "medication", "medications",
                "medicatie", "medicijnen", "medikament", "medikamente", "medicament", "medicaments", "illness", "disease",
                "ziekte", "krankheit", "maladie", "symptoms", "symptomen", "symptome", "sick leave", "ziekte verlof",
                "ziek melding", "ziekte verzuim", "krank meldung", "krank schreibung", "arbeitsunfahig", "arbeitsunfaehig",
                "arbeitsunfahigkeit", "pregnancy", "pregnant", "zwangerschap", "zwanger", "schwangerschaft", "schwanger",
                "grossesse", "enceinte", "blood type", "blood group", "bloed groep", "blut gruppe", "groupe sanguin", "bmi",
                "vaccination", "vaccinatie", "impfung", "impf status", "mental health", "medical history",
                "blood pressure", "oxygen level", "oxygen saturation", "sugar level", "blood sugar", "glucose level",
                "heart rate", "pulse rate", "body temperature", "body weight", "cholesterol", "bloed druk", "blut druck",
                "tension arterielle", "glycemie"),
            // Vital signs that also measure things: a person's only on a person or next to personal data.
            Sensitive(SpecialCategory.Health, TermRule.Person, TermFlags.Measure, "weight", "height", "temperature", "pulse",
                "gewicht", "lengte", "lichaams lengte", "lichaams gewicht", "poids", "korper grosse", "korper gewicht"),
            Sensitive(SpecialCategory.Health, TermRule.Contextual, TermFlags.None,
                "health", "health status", "health condition", "health conditions", "gezondheid", "gezondheids toestand",
                "gesundheit", "gesundheits zustand", "sante", "etat de sante", "handicap", "diagnostic", "treatment",
                "treatments", "traitement", "behandeling", "behandlung", "prescription", "therapy", "therapie"),
            Sensitive(SpecialCategory.ReligiousOrPhilosophicalBeliefs, TermRule.Strong, TermFlags.Adjective,
                "religious", "philosophical"),
            Sensitive(SpecialCategory.ReligiousOrPhilosophicalBeliefs, TermRule.Strong, TermFlags.None,
                "religion", "religions", "faith", "religie", "godsdienst", "geloof", "geloofs overtuiging",
                "levens beschouwing", "konfession", "religions zugehorigkeit", "kirchen steuer", "kirchen steuer merkmal",
                "confession"),
            Sensitive(SpecialCategory.RacialOrEthnicOrigin, TermRule.Strong, TermFlags.Adjective,
                "ethnic", "racial", "etnische", "etnisch", "ethnische", "ethnisch"),
            Sensitive(SpecialCategory.RacialOrEthnicOrigin, TermRule.Strong, TermFlags.None,
                "ethnicity", "ethnic origin", "etniciteit", "etnische afkomst", "origine ethnique", "ethnie", "ethnique",
                "ethnische herkunft"),
            Sensitive(SpecialCategory.RacialOrEthnicOrigin, TermRule.Person, TermFlags.None, "race", "afkomst"),
            Sensitive(SpecialCategory.PoliticalOpinions, TermRule.Strong, TermFlags.Adjective,
                "political", "politieke", "politiek", "politisch", "politische"),
            Sensitive(SpecialCategory.PoliticalOpinions, TermRule.Strong, TermFlags.None,
                "politique", "opinion politique", "parti politique", "party affiliation", "partei zugehorigkeit",
                "partei mitgliedschaft"),
            Sensitive(SpecialCategory.TradeUnionMembership, TermRule.Strong, TermFlags.None,
                "trade union", "trade unions", "trade union membership", "union membership", "union member", "labor union", "labour union", "vakbond",
                "vakbonds", "vakbonds lidmaatschap", "syndicat", "syndical", "syndicale", "appartenance syndicale",
                "gewerkschaft", "gewerkschafts", "gewerkschafts mitglied", "gewerkschafts mitgliedschaft",
                "gewerkschafts zugehorigkeit"),
            Sensitive(SpecialCategory.GeneticData, TermRule.Strong, TermFlags.Adjective,
                "genetic", "genomic", "dna", "genetisch", "genetische", "genetique", "genetiques"),
            Sensitive(SpecialCategory.GeneticData, TermRule.Strong, TermFlags.None,
                "genetics", "genome", "genotype", "erbgut"),
            Sensitive(SpecialCategory.BiometricData, TermRule.Strong, TermFlags.Adjective,
                "biometric", "biometrisch", "biometrische", "facial"),
            Sensitive(SpecialCategory.BiometricData, TermRule.Strong, TermFlags.None,
                "biometrics", "biometrie", "fingerprint", "fingerprints", "fingerprint template", "face template",
                "biometric template", "face scan", "iris scan", "retina scan", "voiceprint", "voice print", "vinger afdruk",
                "vinger afdrukken", "finger abdruck", "finger abdrucke", "empreinte digitale", "empreintes digitales",
                "empreinte"),
            Sensitive(SpecialCategory.SexLifeOrSexualOrientation, TermRule.Strong, TermFlags.Adjective,
                "sexual", "seksuele", "sexuelle"),
            Sensitive(SpecialCategory.SexLifeOrSexualOrientation, TermRule.Strong, TermFlags.None,
                "sexuality", "sex life", "geaardheid", "orientation sexuelle", "sexualitat", "sexualite"),

            // ---- criminal convictions and offences (Art. 10 GDPR) -------------------------------------------------
            // Not an Art. 9 special category: the verdict carries no SpecialCategory (an Art. 9(2) condition would be the
            // wrong legal test) but is personal data, DataCategory.Other, with the matched term.
            Criminal(TermFlags.Adjective, "criminal", "strafrechtelijk", "strafrechtelijke", "strafrechtlich", "penal"),
            Criminal(TermFlags.None,
                "criminal record", "criminal records", "conviction", "convictions", "offence", "offences", "offense",
                "offenses", "police record", "strafblad", "veroordeling", "veroordelingen", "vog", "casier judiciaire",
                "casier", "condamnation", "condamnations", "vorstrafe", "vorstrafen", "fuhrungszeugnis", "fuehrungszeugnis",
                "straf register", "straftat", "straftaten"),
        ];

        private static TermGroup Strong(DataCategory category, params string[] phrases) =>
            new(category, null, TermRule.Strong, TermFlags.None, phrases);

        private static TermGroup Strong(DataCategory category, TermFlags flags, params string[] phrases) =>
            new(category, null, TermRule.Strong, flags, phrases);

        private static TermGroup OnPerson(DataCategory category, params string[] phrases) =>
            new(category, null, TermRule.Person, TermFlags.None, phrases);

        private static TermGroup OnPerson(DataCategory category, TermFlags flags, params string[] phrases) =>
            new(category, null, TermRule.Person, flags, phrases);

        private static TermGroup InContext(DataCategory category, params string[] phrases) =>
            new(category, null, TermRule.Contextual, TermFlags.None, phrases);

        private static TermGroup InContext(DataCategory category, TermFlags flags, params string[] phrases) =>
            new(category, null, TermRule.Contextual, flags, phrases);

        private static TermGroup Authored(DataCategory category, params string[] phrases) =>
            new(category, null, TermRule.Authored, TermFlags.None, phrases);

        private static TermGroup Sensitive(SpecialCategory special, TermRule rule, TermFlags flags, params string[] phrases) =>
            new(DataCategory.Other, special, rule, flags, phrases);

        private static TermGroup Criminal(TermFlags flags, params string[] phrases) =>
            new(DataCategory.Other, null, TermRule.Strong, flags | TermFlags.Criminal, phrases);
    }
}
