namespace Pii.Analyzers.Vocabulary
{
    /// <summary>The word classes the classifier reasons with, in English, Dutch, French and German (folded, lower case).</summary>
    internal static partial class VocabularyData
    {
        /// <summary>Function words dropped before matching: "DateOfBirth" and "DateBirth", "NomDeFamille" and "NomFamille" match alike.</summary>
        internal static readonly string[] Stopwords =
        [
            "of", "the", "de", "du", "des", "d", "la", "le", "les", "l", "van", "der", "den", "het", "to", "from",
        ];

        /// <summary>Words for "number" that complete a <see cref="TermFlags.Numbered"/> term after it ("vat number").</summary>
        internal static readonly string[] NumberWords = ["number", "nr", "no", "num", "nummer", "numero"];

        /// <summary>Words for "number" that complete a <see cref="TermFlags.Numbered"/> term before it ("numero tva").</summary>
        internal static readonly string[] NumberPrefixWords = ["numero", "num", "nummer"];

        /// <summary>Words for "identifier" that complete a <see cref="TermFlags.NumberedOrId"/> term ("tax id", "steuer id").</summary>
        internal static readonly string[] IdWords =
        [
            "id", "identifier", "identification", "identification number", "identificatie", "identificatie nummer",
            "identifikations nummer", "idnr", "id nr", "id nummer", "id number", "ident", "ident nr",
        ];

        /// <summary>
        /// Words after a term that do not change what the member holds: number words, value words, encodings, where the
        /// value lives, and which of several values it is ("PhoneNumber", "PasswordHash", "AvatarUrl", "EmailWork",
        /// "AddressLine1", "HuisnummerToevoeging").
        /// </summary>
        internal static readonly string[] Transparent =
        [
            "number", "numbers", "nr", "no", "num", "nummer", "nummers", "numero", "value", "val", "waarde", "wert", "valeur",
            "hash", "hashed", "hmac", "digest", "encrypted", "enc", "crypted", "cipher", "versleuteld", "verschlusselt",
            "chiffre", "masked", "normalized", "normalised", "canonical", "raw", "plain", "formatted", "text", "txt", "str",
            "string", "line", "lines", "field", "data", "bytes", "blob", "binary", "base64", "url", "uri", "path", "link",
            "href", "image", "img", "scan", "copy", "kopie", "info", "information", "details", "detail", "home", "work",
            "private", "prive", "privat", "personal", "persoonlijk", "personnel", "personnelle", "perso", "pro", "business",
            "zakelijk", "geschaftlich", "dienstlich", "office", "primary", "secondary", "main", "alt", "alternate",
            "alternative", "other", "second", "extra", "additional", "backup", "current", "previous", "old", "new", "latest",
            "preferred", "utc", "local", "ext", "extension", "toevoeging", "zusatz", "complement", "addon", "addition",
            "principal", "principale", "full", "short",
            "confirm", "confirmation", "repeat", "again", "herhaling", "bevestiging", "wiederholung", "profile", "profiel",
            "profil", "file", "document", "scan", "image", "photo", "foto", "bild", "upload", "attachment",
        ];

        /// <summary>
        /// Words after a term that make the member describe the data rather than hold it: keys, counts, settings, flags,
        /// timestamps, templates, validation ("EmailTemplateId", "PasswordMinLength", "AddressType", "UserAgentParser").
        /// </summary>
        internal static readonly string[] Metadata =
        [
            "id", "ids", "key", "keys", "guid", "uuid", "count", "counts", "counter", "total", "template", "templates",
            "format", "formats", "length", "len", "size", "policy", "policies", "enabled", "disabled", "enable", "disable",
            "activated", "active", "activee", "actief", "aktiv", "aktiviert", "ingeschakeld", "type", "types", "kind",
            "kinds", "category", "categories", "code", "codes", "list", "lists", "regex", "regexp", "pattern", "mask",
            "validator", "validation", "validated", "valid", "invalid", "parser", "parse", "formatter", "provider",
            "providers", "service", "endpoint", "server", "host", "port", "settings", "setting", "options", "option",
            "config", "configuration", "required", "confirmed", "verified", "verification", "visible", "visibility",
            "hidden", "label", "caption", "placeholder", "hint", "max", "min", "maximum", "minimum", "limit", "limits",
            "column", "index", "order", "sort", "status", "changed", "updated", "modified", "created", "deleted", "sent",
            "opened", "clicked", "bounced", "received", "at", "on", "date", "dates", "time", "timestamp", "datum", "zeit",
            "when", "since", "until", "expiry", "expires", "expiration", "expired", "lifetime", "timeout", "ttl",
            "attempts", "attempt", "range", "ranges", "whitelist", "blacklist", "allowlist", "denylist", "blocklist",
            "filter", "filters", "subject", "body", "html", "preview", "header", "headers", "footer", "frequency",
            "preference", "preferences", "opt", "optin", "optout", "consent", "consented", "subscribed", "unsubscribed",
            "subscription", "domain", "domains", "source", "campaign", "campaigns", "event", "events", "log", "logs",
            "response", "error", "errors", "rule", "rules", "strategy", "mode", "level", "score", "rate", "ratio",
            "percentage", "percent", "flag", "flags", "allowed", "locked", "lockout", "version", "versions", "property",
            "properties", "selector", "mapping", "lookup", "generator", "factory", "builder", "helper", "handler", "cache",
            "queue", "job", "task", "exists", "changes", "change", "reset", "check", "checked", "request", "requests",
            "sync", "synced", "import", "imported", "export", "exported", "override", "display", "show", "visible",
            "editable", "readonly", "mandatory", "verplicht", "pflicht", "obligatoire", "instellingen", "einstellungen",
            "parametres", "aantal", "anzahl", "nombre", "gewijzigd", "geandert", "aangemaakt", "erstellt", "cree",
            "modifie", "datum", "stand", "niveau", "stufe", "typ", "soort", "art",
        ];

        /// <summary>
        /// Nouns for people, used to recognize person types (the head of the containing type's name). Kept strict: words
        /// that also name code concepts (manager, agent, host, owner) are in <see cref="PersonWords"/> only.
        /// </summary>
        internal static readonly string[] PersonTypeWords =
        [
            "customer", "customers", "klant", "klanten", "kunde", "kunden", "client", "clients", "contact", "contacts",
            "contactpersoon", "ansprechpartner", "person", "persons", "people", "persoon", "personen", "personne",
            "personnes", "user", "users", "account", "accounts", "gebruiker", "gebruikers", "benutzer", "nutzer", "utilisateur", "utilisateurs",
            "member", "members", "mitglied", "mitglieder", "membre", "membres", "subscriber", "subscribers", "abonnee",
            "abonnees", "abonnent", "abonnenten", "abonne", "abonnes", "employee", "employees", "medewerker", "medewerkers",
            "werknemer", "werknemers", "personeelslid", "mitarbeiter", "angestellter", "angestellte", "beschaftigter",
            "employe", "employes", "salarie", "collaborateur", "applicant", "applicants", "sollicitant",
            "sollicitanten", "kandidaat", "kandidaten", "kandidat", "bewerber", "candidat", "candidats", "candidate",
            "candidates", "patient", "patients", "patienten", "lead", "leads", "prospect", "prospects", "recipient",
            "recipients", "ontvanger", "ontvangers", "empfanger", "empfaenger", "destinataire", "destinataires", "guest",
            "guests", "gast", "gasten", "gaste", "visitor", "visitors", "bezoeker", "bezoekers", "besucher", "visiteur",
            "student", "students", "leerling", "schuler", "etudiant", "eleve", "participant", "participants", "deelnemer",
            "teilnehmer", "attendee", "attendees", "volunteer", "vrijwilliger", "freiwilliger", "benevole", "donor",
            "donateur", "spender", "respondent", "respondents", "huurder", "mieter", "locataire", "passenger", "passagier",
            "reisender", "voyageur", "traveler", "traveller", "reiziger", "citizen", "resident", "bewoner",
            "bewohner", "individual", "profile", "profiel", "profil", "shopper", "buyer", "koper", "kaufer", "acheteur",
            "borrower", "policyholder", "verzekerde", "versicherter", "assure", "beneficiary", "begunstigde", "debtor",
            "debiteur", "schuldner", "cardholder", "lid", "leden", "relatie", "doctor", "doctors", "physician",
            "physicians", "nurse", "nurses", "staff", "associate", "associates", "speaker", "speakers", "presenter",
            "presenters", "author", "authors", "driver", "drivers", "instructor", "instructors", "pupil",
            "pupils", "learner", "learners", "adherent", "adherents", "intervenant", "intervenants",
        ];

        /// <summary>More nouns for people, recognized in member names ("OwnerEmail", "ManagerName", "NomMedecin") and in
        /// references to a person ("AssigneeId") but not as type names.</summary>
        internal static readonly string[] PersonWords =
        [
            "owner", "owners", "eigenaar", "inhaber", "eigentumer", "proprietaire", "holder", "houder", "titulaire",
            "manager", "agent", "author", "auteur", "autor", "requester", "requestor", "reporter", "assignee", "approver",
            "reviewer", "sender", "afzender", "absender", "expediteur", "caller", "beller", "anrufer", "appelant",
            "doctor", "physician", "practitioner", "huisarts", "dokter", "arts", "arzt", "hausarzt", "medecin", "nurse",
            "verpleegkundige", "father", "mother", "vader", "moeder", "vater", "mutter", "pere", "mere", "spouse",
            "partner", "echtgenoot", "echtgenote", "ehepartner", "ehemann", "ehefrau", "conjoint", "epoux", "epouse",
            "guardian", "voogd", "vormund", "tuteur", "witness", "getuige", "zeuge", "temoin", "signer", "signatory",
            "ondertekenaar", "unterzeichner", "signataire", "payer", "betaler", "zahler", "payeur", "landlord",
            "verhuurder", "vermieter", "bailleur", "teacher", "docent", "lehrer", "enseignant", "trainer", "coach",
            "instructor", "recruiter", "interviewer", "familielid", "angehoriger", "demandeur", "aanvrager", "antragsteller", "emp",
            "verwijzer", "zorgverlener", "behandelaar", "seeker", "seekers",
            "werkzoekende",
        ];

        /// <summary>Last words of generic text members that, on a type named after a special category, hold that category
        /// ("MedicalHistory.Description", "AntecedentMedical.Type").</summary>
        internal static readonly string[] GenericTextWords =
        [
            "description", "type", "details", "notes", "note", "result", "results", "summary", "comment", "comments",
            "remarks", "value", "omschrijving", "beschrijving", "beschreibung", "typ", "soort", "art",
        ];

        /// <summary>Heads of type names for content a person writes: its title, description and text are the author's
        /// ("ProductReview.Title", "Ticket.Description", "LeaveRequest.Reason").</summary>
        internal static readonly string[] AuthoredContentWords =
        [
            "review", "reviews", "comment", "comments", "message", "messages", "ticket", "tickets", "reply", "replies",
            "description", "descriptions", "note", "notes", "enquiry", "inquiry", "feedback", "complaint", "complaints", "testimonial", "testimonials",
            "question", "questions", "request", "requests", "submission", "conversation", "chat", "story",
            "beoordeling", "recensie", "bericht", "berichten", "opmerking", "klacht", "aanvraag", "vraag", "bewertung",
            "nachricht", "kommentar", "beschwerde", "anfrage", "avis", "commentaire", "reclamation", "demande",
        ];

        /// <summary>Legal persons, their units and places of business: a company's or a department's name, address, phone
        /// and VAT number are not personal data ("CompanyName", "Warehouse.City", "Supplier.Iban").</summary>
        internal static readonly string[] OrganizationWords =
        [
            "company", "companies", "organisation", "organization", "organisations", "organizations", "org", "orgs",
            "business", "businesses", "corporation", "corp", "enterprise", "firm", "bedrijf", "bedrijven", "bedrijfs",
            "onderneming", "organisatie", "firma", "firmen", "unternehmen", "unternehmens", "gesellschaft", "entreprise",
            "societe", "supplier", "suppliers", "vendor", "vendors", "leverancier", "leveranciers", "lieferant",
            "lieferanten", "fournisseur", "manufacturer", "fabrikant", "hersteller", "fabricant", "warehouse", "magazijn",
            "lager", "entrepot", "depot", "store", "stores", "shop", "shops", "winkel", "laden", "geschaft", "magasin",
            "boutique", "office", "offices", "kantoor", "buro", "bureau", "branch", "filiaal", "filiale", "agence",
            "agency", "venue", "bank", "merchant", "brand", "retailer", "hotel", "restaurant", "school", "hospital",
            "ziekenhuis", "krankenhaus", "hopital", "clinic", "kliniek", "klinik", "clinique", "praktijk", "praxis",
            "university", "universiteit", "universitat", "universite", "carrier", "laboratory", "lab", "labo",
            "department", "departments", "division", "afdeling", "afdelingen", "abteilung", "departement",
            // "PersonneMorale": a legal person.
            "morale", "morales",
        ];

        /// <summary>Heads of type names that are not about people: products, campaigns, templates, settings, reference data,
        /// infrastructure. Nothing on them is flagged unless a person word qualifies the member ("OwnerEmail").</summary>
        internal static readonly string[] NonPersonTypeWords =
        [
            "product", "products", "artikel", "article", "produit", "produkt", "sku", "catalog", "catalogue", "campaign",
            "campaigns", "campagne", "kampagne", "mailing", "newsletter", "template", "templates", "sjabloon", "vorlage",
            "modele", "country", "countries", "pays", "city", "cities", "region", "province", "currency", "language",
            // Lookup tables of places and postcodes that addresses point to ("Ort", "Plaats", "Postcode").
            "town", "towns", "ort", "orte", "ortschaft", "plaats", "plaatsen", "ville", "villes", "postcode", "postcodes",
            "zipcode", "zipcodes",
            "locale", "category", "categorie", "kategorie", "tag", "segment", "list", "settings", "setting", "options",
            "option", "config", "configuration", "configuratie", "instellingen", "einstellungen", "parametres",
            "parameters", "server", "host", "node", "endpoint", "cluster", "gateway", "proxy", "certificate", "rule",
            "rules", "policy", "descriptor", "metadata", "schema", "cache", "job", "task", "queue", "report", "dashboard",
            "widget", "page", "menu", "route", "migration", "lookup", "translation", "resource", "blob", "statistics",
            "stats", "metric", "metrics", "type", "status", "feature", "toggle", "permission", "role", "scope", "plan",
            "price", "pricing", "tariff", "discount", "coupon", "voucher", "promo", "promotion", "vacancy", "vacature",
            "weather", "station", "sensor", "machine", "assembly", "module", "plugin", "attribute", "enum", "constant",
            "constants", "defaults", "entry",
        ];

        /// <summary>Things that belong to a person: orders, invoices, bookings, visits, messages. Address parts, locations and
        /// notes on them are the person's ("Order.ShippingCity", "WebsiteVisit.Latitude", "Bestelling.Opmerking").</summary>
        internal static readonly string[] PersonRelatedTypeWords =
        [
            "order", "orders", "bestelling", "bestellingen", "bestellung", "commande", "invoice", "invoices", "factuur",
            "rechnung", "facture", "receipt", "shipment", "shipping", "zending", "verzending", "sendung", "lieferung",
            "livraison", "expedition", "delivery", "levering", "booking", "reservation", "reservering", "buchung",
            "reservierung", "appointment", "afspraak", "termin", "rendezvous", "subscription", "abonnement", "membership",
            "lidmaatschap", "mitgliedschaft", "adhesion", "contract", "overeenkomst", "vertrag", "contrat", "agreement",
            "payment", "payments", "betaling", "zahlung", "paiement", "ticket", "tickets", "aanvraag", "anfrage",
            "demande", "submission", "application", "sollicitatie", "bewerbung", "candidature", "visit", "visits",
            "bezoek", "besuch", "visite", "session", "sessie", "consent", "toestemming", "einwilligung", "consentement",
            "message", "bericht", "nachricht", "call", "calls", "gesprek", "anruf", "appel", "conversation", "chat",
            "review", "feedback", "dossier", "donation", "donatie",
            "spende", "enrollment", "enrolment", "inschrijving", "anmeldung", "inscription", "registration", "registratie",
            "registrierung", "signup", "complaint", "klacht", "beschwerde", "reclamation", "refund", "consultation",
            "consult", "treatment", "behandeling", "behandlung", "prescription", "recept", "rezept", "ordonnance",
            "absence", "verzuim", "krankmeldung", "screening", "request", "requests", "comment", "comments", "post",
            "posts", "reply", "replies", "enquiry", "inquiry", "interview", "attendance", "payroll", "timesheet", "exam",
            "exams", "prayer", "employment", "anstellung", "payslip", "payslips", "paystub", "paycheck", "loonstrook",
            "gehaltsabrechnung", "lohnabrechnung",
        ];

        /// <summary>
        /// Words right before a term that say the value belongs to a system, a test or a threshold, never to a person
        /// ("SmtpPassword", "ServerAddress", "SupportEmail", "MinimumAge", "TargetGender", "FileName", "HostName").
        /// </summary>
        internal static readonly string[] NegatingPrefixes =
        [
            "min", "max", "minimum", "maximum", "total", "target", "average", "avg", "median", "allowed", "trusted", "whitelisted",
            "issuing", "issuer",
            "fallback", "test", "sample", "example", "dummy", "fake", "mock", "placeholder", "smtp", "imap", "pop3", "ftp",
            "sftp", "ssh", "server", "host", "proxy", "gateway", "dns", "bind", "listen", "loopback", "subnet", "network",
            "router", "database", "db", "api", "service", "system", "webhook", "callback", "redirect", "template",
            "error", "exception", "validation", "certificate", "cert", "tls", "ssl", "pgp", "gpg", "key", "file",
            "product", "brand", "bank", "support", "helpdesk", "noreply", "reply", "info", "sales", "machine", "domain",
            "cluster", "node", "web", "group", "shared", "generic", "event", "conference", "venue", "status", "log",
            "commit", "success", "warning", "welcome", "station", "lab", "entity", "type", "class", "method", "table",
            "column", "assembly", "project", "app", "application", "display", "sort", "cache", "content", "media",
            "storage", "bucket", "queue", "topic", "job", "task", "font", "image", "thumbnail", "asset", "repository",
            "repo", "branch", "package", "module", "plugin", "feature", "campaign", "segment", "list", "tag", "category",
            "currency", "language", "locale", "timezone", "route", "field", "property", "screen",
            "window", "tab", "page", "menu", "theme", "color", "style", "layout", "component", "control", "widget",
            "report", "dashboard", "chart", "series", "metric", "counter", "sensor", "printer", "scanner",
        ];

        /// <summary>Words before an address part, a name or a note that say whose it is ("ShippingCity", "HomeAddress",
        /// "AdresseLivraison", "Woonplaats", "Lieferadresse").</summary>
        internal static readonly string[] AddressQualifiers =
        [
            "home", "billing", "shipping", "delivery", "residential", "residence", "mailing", "postal", "post", "private",
            "prive", "privat", "personal", "woon", "wohn", "huis", "thuis", "aflever", "lever", "bezorg", "factuur",
            "liefer", "rechnungs", "versand", "heim", "livraison", "facturation", "personnelle",
            "correspondence", "correspondentie", "invoice", "ship",
        ];

        /// <summary>Words before a person noun in a type name that make it a legal person ("RechtsPersoon", "LegalPerson",
        /// "JuristischePerson").</summary>
        internal static readonly string[] LegalPersonPrefixes = ["legal", "rechts", "juristische", "juristisch"];

        /// <summary>Person nouns that also name a system's account or connection: only these turn into a system's after a
        /// <see cref="SystemPrefixes"/> word ("ApiClient", "SmtpUser"; not "WebCustomer").</summary>
        internal static readonly string[] AccountWords = ["client", "clients", "user", "users", "account", "accounts"];

        /// <summary>Words before a person noun in a type name that make it a system's client or account, not a person
        /// ("OAuthClient", "SmtpClient", "ApiUser", "TestUser").</summary>
        internal static readonly string[] SystemPrefixes =
        [
            "api", "auth", "oauth", "openid", "http", "https", "smtp", "imap", "ftp", "sftp", "sql", "db", "database",
            "service", "system", "rest", "grpc", "soap", "graph", "redis", "cache", "storage", "blob", "queue", "bus",
            "mail", "email", "web", "socket", "tcp", "udp", "proxy", "gateway", "test", "mock", "fake", "stub", "dummy",
        ];

        /// <summary>Type-name suffixes stripped before the head noun is read ("CustomerDto", "UserViewModel", "ContactForm").</summary>
        internal static readonly string[] TypeSuffixes =
        [
            "dto", "dtos", "model", "models", "view", "viewmodel", "vm", "entity", "entities", "record", "records", "row",
            "rows", "data", "info", "details", "detail", "summary", "form", "input", "output", "command", "query",
            "snapshot", "projection", "resource", "base", "impl", "dao", "poco", "json", "xml", "document", "doc", "table",
            "aggregate", "root", "item", "items", "create", "update", "edit", "read", "write", "result", "results", "about",
        ];

        /// <summary>The "by" of "CreatedBy", "GewijzigdDoor", "ErstelltVon", "CreePar".</summary>
        internal static readonly string[] ByWords = ["by", "door", "von", "par"];

        /// <summary>Participles before a "by" word that make the member name an author ("CreatedBy", "AangemaaktDoor").
        /// English participles ending in "ed" are recognized without being listed.</summary>
        /// <summary>Actions whose base form before "by" names who did them ("LastUpdateBy", "EventBy", "ApproveBy").</summary>
        internal static readonly string[] ActionsBy =
            ["update", "event", "change", "edit", "create", "modify", "approve", "submit", "request", "assign", "review", "entry"];

        internal static readonly string[] Participles =
        [
            "aangemaakt", "gemaakt", "gewijzigd", "aangepast", "verwijderd", "goedgekeurd", "ingevoerd", "verzonden",
            "erstellt", "geandert", "geaendert", "bearbeitet", "geloscht", "angelegt", "genehmigt", "cree", "creee",
            "modifie", "modifiee", "supprime", "valide", "saisi", "written", "done", "made", "sent", "set", "run",
        ];

        /// <summary>Last words of a member that refers to a person by key ("CustomerId", "KlantNummer", "OwnerUserId").</summary>
        internal static readonly string[] ReferenceWords =
        [
            "id", "ids", "nr", "number", "nummer", "no", "num", "numero", "key", "ref", "reference", "fk", "guid", "uuid",
            "code",
        ];

        /// <summary>Last words of a member that is the secret of the containing credential type ("RefreshToken.Token").</summary>
        internal static readonly string[] CredentialCarrierWords = ["token", "value", "hash", "secret"];

        /// <summary>
        /// Words in a member's type name that make it a service, not data ("IEmailSender", "UserAgentParser",
        /// "PhoneNumberValidator"): such members hold no personal data whatever their name.
        /// </summary>
        internal static readonly string[] InfrastructureTypeWords =
        [
            "service", "services", "provider", "factory", "handler", "repository", "repo", "manager", "logger", "parser",
            "validator", "options", "settings", "configuration", "config", "context", "builder", "generator", "formatter",
            "helper", "resolver", "accessor", "store", "cache", "queue", "channel", "client", "sender", "reader", "writer",
            "serializer", "policy", "endpoint", "regex", "template", "func", "action", "delegate", "expression", "lazy",
            "http", "socket", "connection", "command", "semaphore", "lock", "timer", "stopwatch", "mapper", "dispatcher",
            "mediator", "publisher", "subscription", "listener", "observer", "processor", "worker", "engine", "evaluator",
            "comparer", "converter", "encoder", "decoder", "hasher", "protector", "dbset", "cancellation", "logger",
        ];

        /// <summary>
        /// Ordinary words that only help split lower-case compounds correctly, so that "postage", "coverage" or
        /// "smartphone" are not read as "post age", "cover age" or "smart phone".
        /// </summary>
        internal static readonly string[] NeutralWords =
        [
            "namespace", "postage", "coverage", "lineage", "linkage", "outage", "passage", "homepage", "message",
            "language", "usage", "storage", "package", "average", "manage", "website", "webhook", "database", "metadata",
            "mailbox", "mailer", "mailing", "voicemail", "hotmail", "gmail", "mailchimp", "mailgun", "sendgrid",
            "smartphone", "iphone", "microphone", "headphone", "automobile", "capacity", "velocity", "electricity",
            "publicity", "simplicity", "authenticity", "opacity", "membership", "relationship", "ownership",
            "partnership", "internship", "citizen", "general", "landlord", "landing", "landscape", "alternative",
            "transformation", "information", "performance", "notebook", "footnote", "keynote", "passenger", "compass",
            "bypass", "password", "process", "address", "progress", "access", "success", "business", "wireless",
            "timestamp", "pageview", "pageviews", "checkout", "checkin", "login", "logout", "signin", "signout", "signup",
            "handler", "handle", "hostname", "filename", "pathname", "typename", "codename", "rename", "username",
            "interval", "general", "practitioner", "emergency", "kin", "view", "space", "service", "record", "sequence",
            "markers", "marker", "sample", "profile", "request", "account", "holder", "user", "person", "agent",
            "browser", "device", "cookie", "visitor", "anonymous", "push", "installation", "advertising", "advertiser",
            "tracking", "search", "browsing", "visited", "pages", "voice", "call", "gift", "delivery", "special",
            "cover", "letter", "free", "work", "experience", "employment", "number", "children", "civil", "marital",
            "relationship", "blood", "group", "sick", "leave", "mental", "health", "origin", "opinion", "party",
            "affiliation", "union", "trade", "labor", "labour", "police", "face", "iris", "retina", "scan", "template",
            "social", "security", "insurance", "national", "register", "registry", "identification", "identity",
            "card", "document", "driving", "driver", "drivers", "licence", "license", "credit", "debit", "verification",
            "last", "four", "digits", "bank", "reset", "access", "refresh", "bearer", "session", "remember", "recovery",
            "backup", "authenticator", "secret", "question", "answer", "two", "factor", "stamp", "hint", "salt",
            "gebruikers", "benutzer", "utilisateur", "rafraichissement", "acces", "jeton", "herstel", "toegangs",
            "wiederherstellungs", "geheim", "geheimnis", "zwei", "twee", "faktor", "factor", "motivation", "curriculum",
            "vitae", "title", "job", "status", "place", "year", "birth", "day", "date", "naissance", "geboorte",
            "geburts", "persoon", "contact", "personne", "prevenir", "notfall", "kontakt", "ansprech", "partner",
            "mot", "passe", "nom", "famille", "jeune", "fille", "usage", "complet", "anzeige", "weergave", "volledige",
            "madchen", "meisjes", "familie", "familien", "ruf", "roep", "voor", "achter", "vor", "nach", "initials",
            "street", "house", "postal", "post", "zip", "box", "country", "code", "town", "city", "line", "huis", "haus",
            "straat", "strasse", "strassen", "adress", "zeile", "regel", "boite", "postale",
        ];

        /// <summary>Known words that never stand as a piece of a split compound, because too many ordinary words end with
        /// them ("age": postage, coverage, passage); they are still recognized as whole words.</summary>
        internal static readonly string[] NotSegmentPieces = ["age", "ages"];
    }
}
