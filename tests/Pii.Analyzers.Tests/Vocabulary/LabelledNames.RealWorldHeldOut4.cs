using System.Collections.Generic;

namespace Pii.Analyzers.Tests.Vocabulary;

internal static partial class LabelledNames
{
    /// <summary>
    /// A fourth held-out real-world set: entity and domain-model types of twelve public .NET applications not used by
    /// any earlier set (a disaster-relief volunteer check-in for NGOs, a hospital's appointment service, a French
    /// payroll API, a hotel management server, a small bank with transfers and KYC review, a German shooting club's
    /// member and key administration, a Dutch library web app, a Dutch web shop with stores and shipments, a logistics
    /// driver and shipment API, an insurance claims portal, a dating app, and a K-12 student information system).
    /// Each type's public instance properties declared in the file are recorded with the simple name of their type
    /// (nullable unwrapped); inherited members are not repeated; public fields are not properties and are left out.
    /// Labels follow the rules in the remarks of <see cref="LabelledNames"/> and were assigned blind, from the code
    /// read, without looking at the classifier, its vocabulary or its documentation and without running it. The set was
    /// never used for tuning: it is meant to be measured once.
    /// </summary>
    /// <remarks>
    /// <c>IsPersonType</c> is true only for a subclass of ASP.NET Core Identity's <c>IdentityUser</c>
    /// (<c>Microsoft.AspNetCore.Identity</c>). Navigation and complex-type members (another class of the model, or a
    /// collection of such) carry <c>Reference: true</c> and are labelled not personal; a collection of an enum is not a
    /// reference. Computed properties declared in the file are included. Repositories: HTBox/crisischeckin,
    /// PSW-2020-ORG2/Hesoyam-Hospital, youcefbourouba17/GestionPaieApi, mo-zekry/Hotel, ebursuc02/FinBank,
    /// Maersmann/Vereinsverwaltung, Thijs-Dery/BibliotheekWebApp, CDHelder/WebWinkelIdentityGenericRepository,
    /// fasas1/Quick, nirmalabraham93/ClaimsPortalSolution, Michalzip/MyDateApp, uni4online/openSIS.Net.
    /// </remarks>
    public static readonly LabelledEntity[] RealWorldHeldOut4 =
    [
        // HTBox/crisischeckin: crisischeckin/Models/Person.cs @ 0205e5a54eeb679131a55ea91591873125eb01dc
        new("Person", false,
        [
            new("Id", "Int32", false),
            new("UserId", "Int32", false),
            new("ClusterId", "Int32", false),
            new("FirstName", "String", true),
            new("LastName", "String", true),
            new("Email", "String", true),
            new("PhoneNumber", "String", true),
            new("FullName", "String", true),
            new("Cluster", "Cluster", false, Reference: true),
            new("Commitments", "ICollection", false, Reference: true),
        ]),

        // HTBox/crisischeckin: crisischeckin/Models/Organization.cs @ 97ca0503321946eccfeaf43b438fad47e7fe3b83
        new("Organization", false,
        [
            new("OrganizationId", "Int32", false),
            new("OrganizationName", "String", false),
            new("Location", "Address", false, Reference: true),
            new("Type", "OrganizationTypeEnum", false),
            new("Verified", "Boolean", false),
            new("Disasters", "IList", false, Reference: true),
            new("Resources", "IList", false, Reference: true),
            new("Persons", "IList", false, Reference: true),
        ]),

        // HTBox/crisischeckin: crisischeckin/Models/Contact.cs @ 5ac15cc2486fb02c2d473c87e1b250dfa2b972cc
        new("Contact", false,
        [
            new("ContactId", "Int32", false),
            new("Title", "String", true),
            new("Organization", "Organization", false, Reference: true),
            new("Person", "Person", false, Reference: true),
        ]),

        // HTBox/crisischeckin: crisischeckin/Models/Commitment.cs @ d4cc40fd7927a7c76a7669bedc88f74790604fb9
        new("Commitment", false,
        [
            new("Id", "Int32", false),
            new("PersonId", "Int32", false),
            new("StartDate", "DateTime", false),
            new("EndDate", "DateTime", false),
            new("DisasterId", "Int32", false),
            new("PersonIsCheckedIn", "Boolean", false),
            new("Status", "CommitmentStatus", false),
            new("Disaster", "Disaster", false, Reference: true),
            new("Person", "Person", false, Reference: true),
        ]),

        // HTBox/crisischeckin: crisischeckin/Models/Request.cs @ 4590429ea19eb526e391dca8d1c45ef2958bfe91
        new("Request", false,
        [
            new("RequestId", "Int32", false),
            new("CreatedDate", "DateTime", false),
            new("EndDate", "DateTime", false),
            new("Description", "String", true),
            new("CreatorId", "Int32", false),
            new("Completed", "Boolean", false),
            new("Location", "String", false),
            new("Assigniees", "List", false, Reference: true),
            new("Creator", "Person", false, Reference: true),
            new("Assignees", "List", false, Reference: true),
        ]),

        // HTBox/crisischeckin: crisischeckin/Models/Resource.cs @ 00bb3fd878eeadd17d0f03dc8f5960b807790234
        new("Resource", false,
        [
            new("ResourceId", "Int32", false),
            new("Allocator", "Organization", false, Reference: true),
            new("Person", "Person", false, Reference: true),
            new("PersonId", "Int32", false),
            new("Description", "String", false),
            new("EntryMade", "DateTime", false),
            new("StartOfAvailability", "DateTime", false),
            new("EndOfAvailability", "DateTime", false),
            new("Location", "Address", false, Reference: true),
            new("Qty", "Decimal", false),
            new("Status", "ResourceStatus", false),
            new("DisasterId", "Int32", false),
            new("Disaster", "Disaster", false, Reference: true),
            new("ResourceTypeId", "Int32", false),
            new("ResourceType", "ResourceType", false, Reference: true),
        ]),

        // PSW-2020-ORG2/Hesoyam-Hospital: HesoyamHospital/Appointment/Model/UserModel/Person.cs @ c20989d373a97676b210351de6d2389095da61cf
        new("Person", false,
        [
            new("Uidn", "String", true),
            new("Name", "String", true),
            new("Surname", "String", true),
            new("MiddleName", "String", true),
            new("Jmbg", "String", true),
            new("DateOfBirth", "DateTime", true),
            new("HomePhone", "String", true),
            new("CellPhone", "String", true),
            new("Email1", "String", true),
            new("Email2", "String", true),
            new("Address", "Address", false, Reference: true),
            new("Sex", "Sex", true),
            new("FullName", "String", true),
        ]),

        // PSW-2020-ORG2/Hesoyam-Hospital: HesoyamHospital/Appointment/Model/UserModel/User.cs @ c20989d373a97676b210351de6d2389095da61cf
        new("User", false,
        [
            new("Id", "Int64", false),
            new("UserName", "String", true),
            new("Password", "String", true),
            new("DateCreated", "DateTime", false),
            new("Deleted", "Boolean", false),
            new("Uid", "UserID", false, Reference: true),
        ]),

        // PSW-2020-ORG2/Hesoyam-Hospital: HesoyamHospital/Appointment/Model/UserModel/Patient.cs @ c20989d373a97676b210351de6d2389095da61cf
        new("Patient", false,
        [
            new("SelectedDoctor", "Doctor", false, Reference: true),
            new("Active", "Boolean", false),
            new("Blocked", "Boolean", false),
            new("HealthCardNumber", "String", true),
            new("Appointments", "List", false, Reference: true),
        ]),

        // PSW-2020-ORG2/Hesoyam-Hospital: HesoyamHospital/Appointment/Model/ScheduleModel/Appointment.cs @ c20989d373a97676b210351de6d2389095da61cf
        new("Appointment", false,
        [
            new("Id", "Int64", false),
            new("Canceled", "Boolean", false),
            new("AbleToFillOutSurvey", "Boolean", false),
            new("AppointmentType", "AppointmentType", false),
            new("TimeInterval", "TimeInterval", false, Reference: true),
            new("Patient", "Patient", false, Reference: true),
            new("DoctorInAppointment", "Doctor", false, Reference: true),
            new("Room", "Room", false, Reference: true),
        ]),

        // PSW-2020-ORG2/Hesoyam-Hospital: HesoyamHospital/Appointment/Model/Util/Address.cs @ c20989d373a97676b210351de6d2389095da61cf
        new("Address", false,
        [
            new("Id", "Int64", false),
            new("Street", "String", true),
            new("Location", "Location", false, Reference: true),
        ]),

        // youcefbourouba17/GestionPaieApi: GestionPaieApi/Models/Employe.cs @ 5d933e2de8a5a71c0b36e27f69c824f5abfff3e2
        new("Employe", false,
        [
            new("NSS", "String", true),
            new("Nom", "String", true),
            new("Prenom", "String", true),
            new("DateNaissance", "DateTime", true),
            new("LieuNaissance", "String", true),
            new("Sexe", "Sexe", true),
            new("SituationFamiliale", "SituationFamiliale", true),
            new("Adresse", "String", true),
            new("DateRecrutement", "DateTime", true),
            new("FonctionPrincipale", "String", true),
            new("Grade", "String", true),
            new("NombreEnfants", "Int32", true),
            new("Categorie", "String", true),
            new("Section", "String", true),
            new("TauxIndemniteNuisance", "Decimal", true),
            new("PrimeVariable", "Decimal", true),
            new("EmployeResponsabilites", "ICollection", false, Reference: true),
            new("DemandesChangements", "ICollection", false, Reference: true),
        ]),

        // youcefbourouba17/GestionPaieApi: GestionPaieApi/Models/BulletinDeSalaire.cs @ faebbb7721d4214713d770035f3392522c22ee09
        new("BulletinDeSalaire", false,
        [
            new("Id_FichAtachemnt", "String", false),
            new("FicheAttachemnt", "FicheAttachemnt", false, Reference: true),
            new("GrilleSalaireID", "String", false),
            new("GrilleSalaire", "GrilleSalaire", false, Reference: true),
            new("Mois", "String", false),
            new("Salaire", "Decimal", true),
        ]),

        // youcefbourouba17/GestionPaieApi: GestionPaieApi/Models/GrilleSalaire.cs @ faebbb7721d4214713d770035f3392522c22ee09
        new("GrilleSalaire", false,
        [
            new("NSS_EMPLOYE", "String", true),
            new("Employe", "Employe", false, Reference: true),
            new("BaseSalary", "Decimal", true),
            new("Grd", "String", true),
        ]),

        // youcefbourouba17/GestionPaieApi: GestionPaieApi/Models/Pointage.cs @ 5f6965d6ec9556f1b9ba419396c48d8aa849f6a0
        new("Pointage", false,
        [
            new("Date", "DateTime", false),
            new("EmployeId", "String", true),
            new("Employe", "Employe", false, Reference: true),
            new("DebutMatinee", "TimeSpan", false),
            new("FinMatinee", "TimeSpan", false),
            new("DebutApresMidi", "TimeSpan", false),
            new("FinApresMidi", "TimeSpan", false),
            new("DureeDePause", "TimeSpan", false),
            new("HeuresSupplementaires", "Double", false),
            new("HeuresTotales", "Double", false),
        ]),

        // youcefbourouba17/GestionPaieApi: GestionPaieApi/Models/LettreAccompagnee.cs @ e45b6f6974cd438979f0f5dd40ade248558cbb96
        new("LettreAccompagnee", false,
        [
            new("DemandeId", "Int32", false),
            new("EmployeId", "String", true),
            new("Employe", "Employe", false, Reference: true),
            new("TypeChangement", "String", false),
            new("Raison", "String", true),
            new("DateDemande", "DateTime", false),
            new("Statut", "String", false),
            new("Commentaires", "String", true),
        ]),

        // mo-zekry/Hotel: Hotel.Server/Models/Identity/ApplicationUser.cs @ 571768b16800b258cdc685181378475888ed08e0
        new("ApplicationUser", true,
        [
            new("FirstName", "String", true),
            new("LastName", "String", true),
            new("ProfilePicture", "String", true),
            new("DateOfBirth", "DateTime", true),
            new("Address", "String", true),
            new("Gender", "String", true),
            new("RegisteredOn", "DateTime", false),
            new("LastLogin", "DateTime", false),
        ]),

        // mo-zekry/Hotel: Hotel.Server/Models/EmployeeManagement/Employee.cs @ 571768b16800b258cdc685181378475888ed08e0
        new("Employee", false,
        [
            new("Id", "Int32", false),
            new("UserId", "String", false),
            new("User", "ApplicationUser", false, Reference: true),
            new("Position", "String", true),
            new("Salary", "Decimal", true),
            new("DateOfJoining", "DateTime", true),
            new("Shifts", "ICollection", false, Reference: true),
            new("HousekeepingTasks", "ICollection", false, Reference: true),
            new("MaintenanceRequests", "ICollection", false, Reference: true),
        ]),

        // mo-zekry/Hotel: Hotel.Server/Models/GuestManagement/Feedback.cs @ 571768b16800b258cdc685181378475888ed08e0
        new("Feedback", false,
        [
            new("Id", "Int32", false),
            new("GuestId", "Int32", false),
            new("Guest", "Guest", false, Reference: true),
            new("Comments", "String", true),
            new("Rating", "Int32", false),
            new("FeedbackDate", "DateTime", false),
        ]),

        // mo-zekry/Hotel: Hotel.Server/Models/RoomManagement/Booking.cs @ db05ca58f481dabe0c9d2e02699066f2d6230182
        new("Booking", false,
        [
            new("Id", "Int32", false),
            new("GuestId", "Int32", false),
            new("Guest", "Guest", false, Reference: true),
            new("RoomId", "Int32", false),
            new("Room", "Room", false, Reference: true),
            new("CheckInDate", "DateTime", false),
            new("CheckOutDate", "DateTime", false),
            new("Status", "BookingStatus", false),
            new("TotalAmount", "Decimal", false),
            new("Payments", "ICollection", false),
        ]),

        // mo-zekry/Hotel: Hotel.Server/Models/RoomManagement/Room.cs @ db05ca58f481dabe0c9d2e02699066f2d6230182
        new("Room", false,
        [
            new("Id", "Int32", false),
            new("RoomNumber", "String", false),
            new("RoomTypeId", "Int32", false),
            new("RoomType", "RoomType", false, Reference: true),
            new("Status", "RoomStatus", false),
            new("PricePerNight", "Decimal", false),
            new("Bookings", "ICollection", false, Reference: true),
            new("HousekeepingTasks", "ICollection", false, Reference: true),
            new("MaintenanceRequests", "ICollection", false, Reference: true),
        ]),

        // mo-zekry/Hotel: Hotel.Server/Models/HousekeepingMaintenance/MaintenanceRequest.cs @ db05ca58f481dabe0c9d2e02699066f2d6230182
        new("MaintenanceRequest", false,
        [
            new("Id", "Int32", false),
            new("RoomId", "Int32", false),
            new("Room", "Room", false, Reference: true),
            new("RequestDate", "DateTime", false),
            new("CompletionDate", "DateTime", false),
            new("AssignedToEmployeeId", "Int32", false),
            new("AssignedTo", "Employee", false, Reference: true),
            new("IssueDescription", "String", false),
            new("Status", "RequestStatus", false),
        ]),

        // ebursuc02/FinBank: FinBank/Domain/Customer.cs @ 10001ffcdff98896157bd2b95da87f7021806abc
        new("Customer", false,
        [
            new("CustomerId", "Guid", false),
            new("CreatedAt", "DateTime", false),
            new("Name", "String", true),
            new("PhoneNumber", "String", true),
            new("Country", "String", true),
            new("Birthday", "DateTime", true),
            new("Address", "String", true),
            new("Accounts", "ICollection", false, Reference: true),
        ]),

        // ebursuc02/FinBank: FinBank/Domain/User.cs @ d0f983caaf7defb473fb248c8a5a92e4c9e31394
        new("User", false,
        [
            new("UserId", "Guid", false),
            new("Email", "String", true),
            new("Password", "String", true),
            new("Role", "String", false),
            new("CreatedAt", "DateTime", false),
            new("Name", "String", true),
            new("PhoneNumber", "String", true),
            new("Country", "String", true),
            new("Birthday", "DateTime", true),
            new("Address", "String", true),
            new("Accounts", "ICollection", false, Reference: true),
        ]),

        // ebursuc02/FinBank: FinBank/Domain/Employee.cs @ 10001ffcdff98896157bd2b95da87f7021806abc
        new("Employee", false,
        [
            new("EmployeeId", "Guid", false),
            new("Role", "String", false),
            new("CreatedAt", "DateTime", false),
            new("Name", "String", true),
            new("PhoneNumber", "String", true),
            new("Country", "String", true),
            new("Birthday", "DateTime", true),
            new("Address", "String", true),
            new("ReviewedTransfers", "ICollection", false, Reference: true),
        ]),

        // ebursuc02/FinBank: FinBank/Domain/Account.cs @ 10001ffcdff98896157bd2b95da87f7021806abc
        new("Account", false,
        [
            new("IBan", "String", true),
            new("CustomerId", "Guid", false),
            new("CreatedAt", "DateTime", false),
            new("Currency", "String", false),
            new("Customer", "Customer", false, Reference: true),
        ]),

        // ebursuc02/FinBank: FinBank/Domain/Transfer.cs @ 71e0f464167efca96f797a7aff9eb6b5e177caa8
        new("Transfer", false,
        [
            new("TransferId", "Guid", false),
            new("FromIban", "String", true),
            new("ToIban", "String", true),
            new("ReviewedBy", "Guid", false),
            new("CreatedAt", "DateTime", false),
            new("Status", "TransferStatus", false),
            new("Amount", "Decimal", false),
            new("Currency", "String", false),
            new("Reason", "String", true),
            new("CompletedAt", "DateTime", false),
            new("PolicyVersion", "String", false),
            new("FromAccount", "Account", false, Reference: true),
            new("ToAccount", "Account", false, Reference: true),
            new("Reviewer", "User", false, Reference: true),
            new("IdempotencyKeys", "ICollection", false, Reference: true),
        ]),

        // ebursuc02/FinBank: FinBank/Domain/IdempotencyKey.cs @ 045ef0d6acc53d8d07d47878cc4d7ffc661a0342
        new("IdempotencyKey", false,
        [
            new("IdempotencyKeyValue", "Guid", false),
            new("RequestHash", "String", false),
            new("ResponseJson", "String", false),
            new("FirstProcessedAt", "DateTime", false),
        ]),

        // Maersmann/Vereinsverwaltung: Vereinsverwaltung/Data/Data.Model/MitgliederEntitys/Mitglied.cs @ ba2cff113a56ae1b3f612d9014b981c55bc51b21
        new("Mitglied", false,
        [
            new("ID", "Int32", false),
            new("Name", "String", true),
            new("Vorname", "String", true),
            new("Eintrittsdatum", "DateTime", false),
            new("Geburtstag", "DateTime", true),
            new("Ort", "String", true),
            new("Straße", "String", true),
            new("Mitgliedsnr", "Int32", false),
            new("MitgliedStatus", "MitgliedStatus", false),
            new("Geschlecht", "Geschlecht", true),
            new("AusgetretenAm", "DateTime", false),
            new("Schluesselbesitzer", "Schluesselbesitzer", false, Reference: true),
            new("Alter", "Int32", true),
            new("Fullname", "String", true),
        ]),

        // Maersmann/Vereinsverwaltung: Vereinsverwaltung/Data/Data.Model/SchluesselEntitys/Schluessel.cs @ dde02ec82394565bf8311b42ac9b45bad858cc7d
        new("Schluessel", false,
        [
            new("ID", "Int32", false),
            new("Bezeichnung", "String", false),
            new("Beschreibung", "String", false),
            new("Nummer", "Int32", false),
            new("Bestand", "Int32", false),
            new("Ausgegeben", "Int32", false),
            new("Verteilung", "List", false, Reference: true),
            new("FreieAnzahl", "Int32", false),
            new("CanRueckgabe", "Boolean", false),
        ]),

        // Maersmann/Vereinsverwaltung: Vereinsverwaltung/Data/Data.Model/SchluesselEntitys/Schluesselbesitzer.cs @ dde02ec82394565bf8311b42ac9b45bad858cc7d
        new("Schluesselbesitzer", false,
        [
            new("ID", "Int32", false),
            new("MitgliedID", "Int32", false),
            new("Name", "String", true),
            new("Mitglied", "Mitglied", false, Reference: true),
            new("Verteilung", "List", false, Reference: true),
            new("CanRueckgabe", "Boolean", false),
        ]),

        // Maersmann/Vereinsverwaltung: Vereinsverwaltung/Data/Data.Model/SchluesselEntitys/Schluesselzuteilung.cs @ dde02ec82394565bf8311b42ac9b45bad858cc7d
        new("Schluesselzuteilung", false,
        [
            new("ID", "Int32", false),
            new("SchluesselID", "Int32", false),
            new("SchluesselbesitzerID", "Int32", false),
            new("Anzahl", "Int32", false),
            new("ErhaltenAm", "DateTime", false),
            new("Schluessel", "Schluessel", false, Reference: true),
            new("Schluesselbesitzer", "Schluesselbesitzer", false, Reference: true),
        ]),

        // Maersmann/Vereinsverwaltung: Vereinsverwaltung/Data/Data.Model/ImportEntitys/MitgliedImportHistory.cs @ b59d186f7647f88d465bc2a237d6ca81fe85d794
        new("MitgliedImportHistory", false,
        [
            new("ID", "Int32", false),
            new("EingelesenAm", "DateTime", false),
            new("GesamtEingelesen", "Int32", false),
            new("AnzahlNeu", "Int32", false),
            new("AnzahlEhemalig", "Int32", false),
            new("AnzahlKeineAenderung", "Int32", false),
            new("AnzahlAenderung", "Int32", false),
        ]),

        // Maersmann/Vereinsverwaltung: Vereinsverwaltung/Data/Data.Model/SchnurEntitys/Schnurauszeichnungen.cs @ 18488a5998b5b407baba5f815a44b5562945bfbc
        new("Schnurauszeichnung", false,
        [
            new("ID", "Int32", false),
            new("Bezeichnung", "String", false),
            new("Rangfolge", "Int32", false),
            new("HauptteilID", "Int32", false),
            new("ZusatzID", "Int32", false),
            new("Hauptteil", "Schnur", false, Reference: true),
            new("Zusatz", "Schnur", false, Reference: true),
        ]),

        // Thijs-Dery/BibliotheekWebApp: BibliotheekWebApp/Models/ApplicationUser.cs @ 05454f70e5d1c828dcb533cef72ba0f76f1ff581
        new("ApplicationUser", true,
        [
            new("Voornaam", "String", true),
            new("Achternaam", "String", true),
        ]),

        // Thijs-Dery/BibliotheekWebApp: BibliotheekWebApp/Models/Auteur.cs @ 732a256f4756d0c629eb0aad728790d763957521
        new("Auteur", false,
        [
            new("AuteurID", "Int32", false),
            new("Naam", "String", true),
            new("GeboorteDatum", "DateTime", true),
            new("IsDeleted", "Boolean", false),
            new("Boeken", "ICollection", false, Reference: true),
        ]),

        // Thijs-Dery/BibliotheekWebApp: BibliotheekWebApp/Models/Boek.cs @ 05454f70e5d1c828dcb533cef72ba0f76f1ff581
        new("Boek", false,
        [
            new("ISBN", "String", false),
            new("Titel", "String", false),
            new("Genre", "String", false),
            new("PublicatieDatum", "DateTime", false),
            new("IsDeleted", "Boolean", false),
            new("AuteurID", "Int32", false),
            new("Auteur", "Auteur", false, Reference: true),
            new("LidBoeken", "ICollection", false, Reference: true),
        ]),

        // Thijs-Dery/BibliotheekWebApp: BibliotheekWebApp/Models/Lid.cs @ 17901c6789ef3f598a1868428db0b59c8714d213
        new("Lid", false,
        [
            new("LidID", "Int32", false),
            new("Naam", "String", true),
            new("GeboorteDatum", "DateTime", true),
            new("IsDeleted", "Boolean", false),
            new("GeleendeBoeken", "ICollection", false, Reference: true),
        ]),

        // Thijs-Dery/BibliotheekWebApp: BibliotheekWebApp/Models/Reservatie.cs @ 208c51274427fef29b4984b2eddfbd46539f7753
        new("Reservatie", false,
        [
            new("Id", "Int32", false),
            new("GebruikerId", "String", false),
            new("ISBN", "String", false),
            new("ReservatieDatum", "DateTime", false),
            new("Verwerkt", "Boolean", false),
        ]),

        // Thijs-Dery/BibliotheekWebApp: BibliotheekWebApp/Models/VisitorLog.cs @ ebf8e7469dcc6912dcf726f61f67a39fd036fa48
        new("VisitorLog", false,
        [
            new("Id", "Int32", false),
            new("IpAddress", "String", true),
            new("Url", "String", false),
            new("Method", "String", false),
            new("Timestamp", "DateTime", false),
        ]),

        // CDHelder/WebWinkelIdentityGenericRepository: WebWinkelIdentity.Core/Users/Customer.cs @ 41ba3babe97790f2472b42465b5fe61d31ac28a5
        new("Customer", true,
        [
            new("Name", "String", true),
            new("Addresses", "List", false, Reference: true),
            new("Orders", "List", false, Reference: true),
        ]),

        // CDHelder/WebWinkelIdentityGenericRepository: WebWinkelIdentity.Core/Users/Employee.cs @ 748b5269e9e9eb4bb21ba7e421fa7b2eeb5a2d63
        new("Employee", true,
        [
            new("Name", "String", true),
            new("AddressId", "Int32", false),
            new("Address", "Address", false, Reference: true),
            new("IBAN", "String", true),
            new("CurrentlyEmployed", "Boolean", true),
            new("EmployeeStores", "List", false, Reference: true),
        ]),

        // CDHelder/WebWinkelIdentityGenericRepository: WebWinkelIdentity.Core/Address.cs @ 41ba3babe97790f2472b42465b5fe61d31ac28a5
        new("Address", false,
        [
            new("Id", "Int32", false),
            new("CustomerId", "String", false),
            new("SupplierId", "Int32", false),
            new("Streetname", "String", true),
            new("HouseNumber", "Int32", true),
            new("PostalCode", "String", true),
            new("City", "String", true),
            new("Country", "String", true),
        ]),

        // CDHelder/WebWinkelIdentityGenericRepository: WebWinkelIdentity.Core/Webshop/Order.cs @ 41ba3babe97790f2472b42465b5fe61d31ac28a5
        new("Order", false,
        [
            new("Id", "Int32", false),
            new("CustomerId", "String", false),
            new("Customer", "Customer", false, Reference: true),
            new("AddressId", "Int32", false),
            new("Address", "Address", false, Reference: true),
            new("IsDelivered", "Boolean", false),
            new("OrderProducts", "List", false, Reference: true),
        ]),

        // CDHelder/WebWinkelIdentityGenericRepository: WebWinkelIdentity.Core/StoreEntities/Shipment.cs @ 6092ee4d95243e7c11eba4a0cbaed1c5f0f4c462
        new("Shipment", false,
        [
            new("Id", "Int32", false),
            new("DeliveredTime", "DateTime", false),
            new("UserId", "String", false),
            new("UserThatConfirmed", "IdentityUser", false, Reference: true),
            new("Delivered", "Boolean", false),
            new("StoreId", "Int32", false),
            new("EndLocationStore", "Store", false, Reference: true),
            new("LoadStockChangeId", "Int32", false),
            new("LoadStockChange", "LoadStockChange", false, Reference: true),
        ]),

        // CDHelder/WebWinkelIdentityGenericRepository: WebWinkelIdentity.Core/StoreEntities/Product.cs @ 748b5269e9e9eb4bb21ba7e421fa7b2eeb5a2d63
        new("Product", false,
        [
            new("Id", "Int32", false),
            new("Name", "String", false),
            new("Price", "Decimal", false),
            new("Color", "String", false),
            new("Fabric", "String", false),
            new("BrandId", "Int32", false),
            new("Brand", "Brand", false, Reference: true),
            new("CategoryId", "Int32", false),
            new("Category", "Category", false, Reference: true),
            new("Size", "String", false),
            new("Description", "String", false),
        ]),

        // fasas1/Quick: Models/Driver.cs @ 924ec09a61c121dadff70535ec5a81c767637a8a
        new("Driver", false,
        [
            new("DriverId", "Int32", false),
            new("Name", "String", true),
            new("LicenseNumber", "String", true),
            new("PhoneNumber", "String", true),
            new("Address", "String", true),
            new("Shipments", "ICollection", false, Reference: true),
        ]),

        // fasas1/Quick: Models/Shipment.cs @ 924ec09a61c121dadff70535ec5a81c767637a8a
        new("Shipment", false,
        [
            new("ShipmentId", "Int32", false),
            new("TrackingNumber", "String", false),
            new("ShippedDate", "DateTime", false),
            new("DeliveredDate", "DateTime", false),
            new("VehicleId", "Int32", false),
            new("Vehicle", "Vehicle", false, Reference: true),
            new("DriverId", "Int32", false),
            new("Driver", "Driver", false, Reference: true),
        ]),

        // fasas1/Quick: Models/Vehicle.cs @ 924ec09a61c121dadff70535ec5a81c767637a8a
        new("Vehicle", false,
        [
            new("VehicleId", "Int32", false),
            new("LicensePlate", "String", false),
            new("Model", "String", false),
            new("Shipments", "ICollection", false, Reference: true),
        ]),

        // nirmalabraham93/ClaimsPortalSolution: ClaimsPortal.Data/Entities/Policy.cs @ d48371821b6bba03341b86c4e08ff541c5e939d1
        new("Policy", false,
        [
            new("Id", "Int32", false),
            new("PolicyType", "String", false),
            new("PolicyNumber", "String", false),
            new("CoverageStartDate", "DateTime", false),
            new("CoverageEndDate", "DateTime", false),
            new("CoverageAmount", "Decimal", false),
            new("PremiumAmount", "Decimal", false),
            new("PolicyHolderId", "Int32", false),
            new("PolicyHolder", "PolicyHolder", false, Reference: true),
            new("Vehicle", "Vehicle", false, Reference: true),
        ]),

        // nirmalabraham93/ClaimsPortalSolution: ClaimsPortal.Data/Entities/PolicyHolder.cs @ d48371821b6bba03341b86c4e08ff541c5e939d1
        new("PolicyHolder", false,
        [
            new("Id", "Int32", false),
            new("FirstName", "String", true),
            new("LastName", "String", true),
            new("Email", "String", true),
            new("PhoneNumber", "String", true),
            new("Address", "String", true),
            new("City", "String", true),
            new("State", "String", true),
            new("ZIP", "String", true),
            new("Policies", "ICollection", false, Reference: true),
        ]),

        // nirmalabraham93/ClaimsPortalSolution: ClaimsPortal.Data/Entities/Vehicle.cs @ d48371821b6bba03341b86c4e08ff541c5e939d1
        new("Vehicle", false,
        [
            new("Id", "Int32", false),
            new("Make", "String", false),
            new("Model", "String", false),
            new("Year", "String", false),
            new("VIN", "String", true),
            new("EngineNumber", "String", true),
            new("ChasisNumber", "String", true),
            new("PolicyId", "Int32", false),
            new("Policy", "Policy", false, Reference: true),
        ]),

        // Michalzip/MyDateApp: DateApp/Entities/UserProfile.cs @ 6557a52adf246ad61877f31e290d37573f2c200f
        new("UserProfile", false,
        [
            new("FirstName", "String", true),
            new("LastName", "String", true),
            new("UserName", "String", true),
            new("PhotoUrl", "String", true),
            new("SendedMessages", "ICollection", false, Reference: true),
            new("ReceivedMessages", "ICollection", false, Reference: true),
            new("CreatedAt", "DateTime", false),
            new("UpdatedAt", "DateTime", false),
        ]),

        // Michalzip/MyDateApp: DateApp/Entities/UserMessage.cs @ d464df93794da57a6fb243e3eaa2dba42c6e1ca7
        new("UserMessage", false,
        [
            new("ByUser", "UserProfile", false, Reference: true),
            new("ToUser", "UserProfile", false, Reference: true),
            new("Message", "String", true),
            new("CreatedAt", "DateTime", false),
        ]),

        // Michalzip/MyDateApp: DateApp/Entities/UserComment.cs @ 698138cd51da30162b810e2ab91077377b83325d
        new("UserComment", false,
        [
            new("CommentedByUser", "UserProfile", false, Reference: true),
            new("CommentedToUser", "UserProfile", false, Reference: true),
            new("Message", "String", true),
            new("CreatedAt", "DateTime", false),
        ]),

        // Michalzip/MyDateApp: DateApp/Entities/UserTransaction.cs @ fffaee581013660d1affed2c0a75f887d12eae5e
        new("UserTransaction", false,
        [
            new("TransactionId", "String", false),
            new("Currency", "String", false),
            new("Amount", "String", false),
            new("Failed", "Boolean", false),
            new("Expires", "Boolean", false),
            new("PendingConfirm", "Boolean", false),
            new("Success", "Boolean", false),
            new("CreatedAt", "DateTime", false),
        ]),

        // Michalzip/MyDateApp: DateApp/Entities/UserVipPayment.cs @ 1e71a707a338f344d3728804f4f980963cb655c6
        new("UserVipPayment", false,
        [
            new("DaysCount", "Int32", false),
            new("CreatedAt", "DateTime", false),
        ]),

        // uni4online/openSIS.Net: opensis-api/opensis.data/Models/ParentInfo.cs @ d906d0d08d3f1bdd2f1b3eaec3cfb6534e1dea56
        new("ParentInfo", false,
        [
            new("TenantId", "Guid", false),
            new("SchoolId", "Int32", false),
            new("StudentId", "Int32", false),
            new("ParentId", "Int32", false),
            new("Relationship", "String", true),
            new("Firstname", "String", true),
            new("Lastname", "String", true),
            new("HomePhone", "String", true),
            new("WorkPhone", "String", true),
            new("Mobile", "String", true),
            new("Email", "String", true),
            new("StudentAddressSame", "Boolean", false),
            new("AddressLineOne", "String", true),
            new("AddressLineTwo", "String", true),
            new("Country", "String", true),
            new("City", "String", true),
            new("State", "String", true),
            new("Zip", "String", true),
            new("IsCustodian", "Boolean", true),
            new("IsPortalUser", "Boolean", false),
            new("PortalUserId", "String", true),
            new("BusNo", "String", false),
            new("BusPickup", "Boolean", false),
            new("BusDropoff", "Boolean", false),
            new("ContactType", "String", false),
            new("Associationship", "String", false),
            new("LastUpdated", "DateTime", false),
            new("UpdatedBy", "String", true),
            new("StudentMaster", "StudentMaster", false, Reference: true),
        ]),

        // uni4online/openSIS.Net: opensis-api/opensis.data/Models/StudentEnrollment.cs @ ffb10a1ac49c468e7418b39e38445aa71ac8923b
        new("StudentEnrollment", false,
        [
            new("TenantId", "Guid", false),
            new("SchoolId", "Int32", false),
            new("StudentId", "Int32", false),
            new("StudentGuid", "Guid", false),
            new("EnrollmentId", "Int32", false),
            new("CalenderId", "Int32", false),
            new("RollingOption", "String", false),
            new("SchoolName", "String", false),
            new("GradeLevelTitle", "String", false),
            new("EnrollmentDate", "DateTime", false),
            new("EnrollmentCode", "String", false),
            new("ExitDate", "DateTime", false),
            new("ExitCode", "String", false),
            new("TransferredSchoolId", "Int32", false),
            new("SchoolTransferred", "String", false),
            new("TransferredGrade", "String", false),
            new("LastUpdated", "DateTime", false),
            new("UpdatedBy", "String", true),
        ]),

        // uni4online/openSIS.Net: opensis-api/opensis.data/Models/StudentComments.cs @ d906d0d08d3f1bdd2f1b3eaec3cfb6534e1dea56
        new("StudentComments", false,
        [
            new("TenantId", "Guid", false),
            new("SchoolId", "Int32", false),
            new("StudentId", "Int32", false),
            new("CommentId", "Int32", false),
            new("Comment", "String", true),
            new("LastUpdated", "DateTime", false),
            new("UpdatedBy", "String", true),
            new("StudentMaster", "StudentMaster", false, Reference: true),
        ]),

        // uni4online/openSIS.Net: opensis-api/opensis.data/Models/UserMaster.cs @ d906d0d08d3f1bdd2f1b3eaec3cfb6534e1dea56
        new("UserMaster", false,
        [
            new("TenantId", "Guid", false),
            new("SchoolId", "Int32", false),
            new("UserId", "Int32", false),
            new("Name", "String", true),
            new("EmailAddress", "String", true),
            new("PasswordHash", "String", true),
            new("LangId", "Int32", false),
            new("MembershipId", "Int32", false),
            new("IsActive", "Boolean", false),
            new("LastUpdated", "DateTime", false),
            new("UpdatedBy", "String", true),
            new("Lang", "Language", false, Reference: true),
            new("Membership", "Membership", false, Reference: true),
            new("UserSecretQuestions", "UserSecretQuestions", false, Reference: true),
        ]),

        // uni4online/openSIS.Net: opensis-api/opensis.data/Models/Rooms.cs @ f5a3c20488b978f617a804a2976fb5e400709f06
        new("Rooms", false,
        [
            new("TenantId", "Guid", false),
            new("SchoolId", "Int32", false),
            new("RoomId", "Int32", false),
            new("Title", "String", false),
            new("Capacity", "Int32", false),
            new("Description", "String", false),
            new("SortOrder", "Int32", false),
            new("LastUpdated", "DateTime", false),
            new("UpdatedBy", "String", true),
            new("IsActive", "Boolean", false),
        ]),

        // uni4online/openSIS.Net: opensis-api/opensis.data/Models/StaffCertificateInfo.cs @ 5bf50cef0e24aaadae335b84e412f5ac67ff7d74
        new("StaffCertificateInfo", false,
        [
            new("Id", "Int32", false),
            new("TenantId", "Guid", false),
            new("SchoolId", "Int32", false),
            new("StaffId", "Int32", false),
            new("CertificationName", "String", true),
            new("ShortName", "String", true),
            new("CertificationCode", "String", true),
            new("PrimaryCertification", "Boolean", false),
            new("CertificationDate", "DateTime", false),
            new("CertificationExpiryDate", "DateTime", false),
            new("CertificationDescription", "String", true),
            new("UpdatedBy", "String", true),
            new("UpdatedAt", "DateTime", false),
            new("StaffMaster", "StaffMaster", false, Reference: true),
        ]),
    ];

    public static IReadOnlyList<LabelledName> RealWorldHeldOut4Entries => Flatten(RealWorldHeldOut4);
}
