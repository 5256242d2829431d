using Pii.Analyzers.Vocabulary;

namespace Pii.Analyzers.Tests.Vocabulary;

/// <summary>
/// The rules of PII001 that read a member together with its declaring type and its siblings, each with the case it is
/// for and the case it must leave alone.
/// </summary>
public class ContextRuleTests
{
    [Theory]
    [InlineData("EmailAddress", new[] { "RequestId", "FirstName", "LastName", "DateOfBirth" }, true)]
    [InlineData("City", new[] { "RequestId", "FirstName", "NationalInsuranceNumber", "Postcode" }, true)]
    // One identity member is not enough to read a report's metadata as a person's.
    [InlineData("EmailAddress", new[] { "RequestId", "FirstName", "CreatedOn" }, false)]
    [InlineData("Email", new[] { "Title", "Body", "SentAt" }, false)]
    public void A_non_person_type_with_two_identity_members_is_read_as_a_persons(string member, string[] siblings, bool expected) =>
        Assert.Equal(expected, IsPersonal(member, "String", "TrnRequestMetadata", siblings));

    [Theory]
    [InlineData("LicenseNumber", "DriverLicense", new[] { "Id", "ExpiresAt", "Category" }, true)]
    [InlineData("AccountNumberEnding", "CustomerBankAccount", new[] { "Id", "BankName" }, true)]
    [InlineData("AccountNumber", "BankAccount", new[] { "CustomerId", "BankName" }, true)]
    // A shop's bank account: nothing says whose it is.
    [InlineData("AccountNumber", "BankAccount", new[] { "BankCode", "BankName", "SwiftCode" }, false)]
    // Not a number of the document.
    [InlineData("Category", "DriverLicense", new[] { "Id", "LicenseNumber" }, false)]
    public void The_number_of_a_persons_identity_document_or_bank_account_is_that_identifier(string member, string type, string[] siblings, bool expected) =>
        Assert.Equal(expected, IsPersonal(member, "String", type, siblings));

    [Theory]
    [InlineData("QtsDate", "DateOnly", true)]
    [InlineData("InductionCompletedDate", "DateOnly?", true)]
    // An instant is a record of processing; so is a calendar date named as one.
    [InlineData("QtsDate", "DateTime", false)]
    [InlineData("DeletedOn", "DateOnly", false)]
    [InlineData("LastSyncedDate", "DateOnly", false)]
    public void A_calendar_date_on_a_person_is_a_date_of_the_persons_life(string member, string type, bool expected) =>
        Assert.Equal(expected, IsPersonal(member, type, "Person", ["Id", "FirstName", "CreatedOn"]));

    [Fact]
    public void A_calendar_date_on_a_booking_is_not_flagged() =>
        Assert.False(IsPersonal("CheckIn", "DateOnly", "Booking", ["Id", "GuestId", "CheckOut"]));

    [Theory]
    [InlineData("UpdatedByName", "Name")]
    [InlineData("SubmittedByEmail", "EmailAddress")]
    [InlineData("StartedByName", "Name")]
    [InlineData("CreatedBy", "AccountIdentifier")]
    public void The_author_of_a_change_held_as_text_is_personal_with_its_category(string member, string expected)
    {
        NameVerdict verdict = Classify(member, "String", "Ticket", ["Id", "Title", "Status"]);
        Assert.True(verdict.IsPersonalData, member);
        Assert.Equal(expected, verdict.Category.ToString());
    }

    [Theory]
    [InlineData("SortByName")]
    [InlineData("CreatedByUserId")]
    public void A_by_that_is_not_an_author_or_is_a_key_is_not_flagged(string member) =>
        Assert.False(IsPersonal(member, "String", "Ticket", ["Id", "Title", "Status"]));

    [Theory]
    [InlineData("Salary", "Payroll", new[] { "Id", "Month" }, true)]
    [InlineData("Monatsgehalt", "Anstellungsdetail", new[] { "Id", "MitarbeiterId" }, true)]
    [InlineData("BaseSalary", "Position", new[] { "Id", "EmployeeId" }, true)]
    // A job posting's pay and a grade's pay are nobody's.
    [InlineData("Salary", "Vacancy", new[] { "Id", "Title" }, false)]
    [InlineData("BaseSalary", "Position", new[] { "Id", "Title", "Level" }, false)]
    public void Pay_is_a_persons_on_a_payroll_or_next_to_a_reference_to_one(string member, string type, string[] siblings, bool expected) =>
        Assert.Equal(expected, IsPersonal(member, "Decimal", type, siblings));

    [Theory]
    [InlineData("RechtsPersoon", false)]
    [InlineData("LegalPerson", false)]
    [InlineData("NatuurlijkPersoon", true)]
    public void A_legal_persons_name_is_not_a_persons_name(string type, bool expected) =>
        Assert.Equal(expected, IsPersonal("Naam", "String", type, ["Id", "Adres"]));

    [Theory]
    [InlineData("Ort")]
    [InlineData("Plaats")]
    [InlineData("Postcode")]
    public void A_lookup_table_of_places_is_not_a_persons_address(string type) =>
        Assert.False(IsPersonal("PLZ", "String", type, ["Id", "Ortschaft"]));

    [Theory]
    [InlineData("Bus", new[] { "Straat", "HuisNummer", "Postcode" }, true)]
    [InlineData("Voie", new[] { "Numero", "CodePostal", "Ville" }, true)]
    [InlineData("Bus", new[] { "Departure", "Arrival" }, false)]
    public void A_box_number_or_a_street_is_an_address_part_beside_one(string member, string[] siblings, bool expected) =>
        Assert.Equal(expected, IsPersonal(member, "String", "Adres", siblings));

    [Theory]
    [InlineData("OldValues", new[] { "Id", "UserId", "Action" }, true)]
    [InlineData("NewValues", new[] { "Id", "UserId", "Action" }, true)]
    public void What_an_audit_entry_recorded_of_a_persons_record_is_flagged(string member, string[] siblings, bool expected) =>
        Assert.Equal(expected, IsPersonal(member, "String", "AuditLog", siblings));

    [Theory]
    [InlineData("Paswoord", "String")]
    [InlineData("Doorkiesnummer", "String")]
    [InlineData("Kuerzel", "String")]
    [InlineData("Jmbg", "String")]
    [InlineData("Cpf", "String")]
    [InlineData("FirstMidName", "String")]
    [InlineData("HouseNumberAddon", "String")]
    [InlineData("EmailAdress", "String")]
    [InlineData("DateOfLeaving", "DateTime")]
    [InlineData("TaxpayerId", "String")]
    [InlineData("LicensePlate", "String")]
    [InlineData("Kenteken", "String")]
    [InlineData("JobRole", "String")]
    [InlineData("Versicherungsnummer", "String")]
    [InlineData("Last4Digits", "String")]
    [InlineData("Addresse", "String")]
    [InlineData("Cin", "String")]
    [InlineData("NiveauEtude", "String")]
    [InlineData("Skype_ID", "String")]
    [InlineData("Image", "String")]
    [InlineData("BuildingNumber", "Int32")]
    [InlineData("Specialities", "String")]
    public void Words_added_from_the_held_out_sets_are_recognised_on_an_employee(string member, string type) =>
        Assert.True(IsPersonal(member, type, "Employee", ["Id", "Email"]), member);

    [Fact]
    public void A_teachers_or_a_pupils_type_is_a_person_but_a_tenant_is_not()
    {
        Assert.True(IsPersonal("Name", "String", "Pupil", ["Id", "ClassId"]));
        Assert.False(IsPersonal("Name", "String", "Tenant", ["Id", "Plan"]));
    }

    [Theory]
    [InlineData("Prenom", true)]
    [InlineData("DateOfBirth", true)]
    // A company's own name and phone stay the company's.
    [InlineData("Nom", false)]
    [InlineData("Telephone", false)]
    public void A_first_name_or_a_birth_date_is_a_persons_even_on_a_supplier(string member, bool expected) =>
        Assert.Equal(expected, IsPersonal(member, "String", "Fournisseur", ["Id", "Nom", "Telephone"]));

    [Theory]
    [InlineData("FullName", "String", true)]
    [InlineData("CoverLetter", "String", true)]
    [InlineData("Gender", "String", true)]
    // An age or a department is a ticket's or an appointment's as often as a person's.
    [InlineData("Age", "Int32", false)]
    // A bare name may be the thing's own, and a date on a request is the request's.
    [InlineData("Name", "String", false)]
    [InlineData("StartDate", "DateTime", false)]
    public void What_only_a_person_has_is_a_persons_on_what_belongs_to_one(string member, string type, bool expected) =>
        Assert.Equal(expected, IsPersonal(member, type, "JobApplication", ["Id", "Status", "SubmittedAt"]));

    [Theory]
    [InlineData("Institution", "String", "Education", true)]
    [InlineData("StartYear", "Int32", "Experience", true)]
    [InlineData("Company", "String", "WorkHistory", true)]
    // Keys, records of processing and flags are not the CV.
    [InlineData("CreatedAt", "DateTime", "Education", false)]
    [InlineData("InstitutionId", "Int32", "Education", false)]
    [InlineData("IsVerified", "Boolean", "Education", false)]
    public void A_record_of_a_persons_education_or_working_life_is_the_persons_cv(string member, string type, string containingType, bool expected) =>
        Assert.Equal(expected, IsPersonal(member, type, containingType, ["Id", "JobSeekerId", "CreatedAt"]));

    [Fact]
    public void A_record_of_education_that_refers_to_no_person_is_not_a_cv() =>
        Assert.False(IsPersonal("Institution", "String", "Education", ["Id", "Title", "Level"]));

    [Theory]
    [InlineData("Phone", new[] { "Account_Name", "Industry", "Annual_Revenue", "Billing_City" }, false)]
    [InlineData("Billing_City", new[] { "Account_Name", "Industry", "Ticker_Symbol", "Phone" }, false)]
    // One piece of evidence is not enough: a job application records the applicant's industry.
    [InlineData("Phone", new[] { "Account_Name", "Industry", "Billing_City" }, true)]
    // A person's name beside the industry makes it a person's record after all.
    [InlineData("Phone", new[] { "First_Name", "Last_Name", "Industry" }, true)]
    [InlineData("Phone", new[] { "Account_Name", "Billing_City" }, true)]
    public void A_type_with_an_industry_or_a_revenue_is_an_organisation(string member, string[] siblings, bool expected) =>
        Assert.Equal(expected, IsPersonal(member, "String", "Accounts", siblings));

    [Theory]
    [InlineData(new[] { "Betrieb", "Strasse", "Ansprechpartner" }, false)]
    [InlineData(new[] { "Vorname", "Nachname", "Strasse" }, true)]
    public void A_customer_with_a_contact_person_is_an_organisation(string[] siblings, bool expected) =>
        Assert.Equal(expected, IsPersonal("Ort", "String", "Kunde", siblings));

    [Fact]
    public void A_keyed_type_named_after_people_is_not_a_part_of_what_holds_it()
    {
        Assert.False(PersonalDataNames.IsPersonsPart("Ansprechpartner", "Kunde", ["Id", "Name", "KundeId", "Kunde"], "Kunde", heldDeclaresKey: true));
        Assert.True(PersonalDataNames.IsPersonsPart("Customer", "BillingAddress", ["Id", "BillingAddressId"], "Address", heldDeclaresKey: true));
        // A person's own account is not another party.
        Assert.True(PersonalDataNames.IsPersonsPart("Employee", "BankAccount", ["Id", "BankAccountId"], "BankAccount", heldDeclaresKey: true));
    }

    [Theory]
    [InlineData("Title", "Contact", true)]
    [InlineData("Titel", "Person", true)]
    // A description on a type only named after people may be the record's.
    [InlineData("Description", "Client", false)]
    public void A_persons_title_is_personal(string member, string type, bool expected) =>
        Assert.Equal(expected, IsPersonal(member, "String", type, ["Id", "Code"]));

    [Theory]
    [InlineData("ClinicAddress", false)]
    [InlineData("OfficeLocation", false)]
    // The person's work contact at the organisation stays theirs.
    [InlineData("CompanyEmail", true)]
    public void An_organisations_address_on_a_person_is_the_organisations(string member, bool expected) =>
        Assert.Equal(expected, IsPersonal(member, "String", "Doctor", ["Id", "FirstName"]));

    [Theory]
    [InlineData("Mailing_State", true)]
    [InlineData("OtherProvince", true)]
    [InlineData("WorkflowState", false)]
    public void A_qualified_state_beside_a_street_is_an_address_part(string member, bool expected) =>
        Assert.Equal(expected, IsPersonal(member, "String", "Contacts", ["Mailing_Street", "Mailing_City"]));

    [Theory]
    [InlineData("TransactionNumber", "CreditCardTransaction", new[] { "Id", "CustomerId", "Amount" }, false)]
    [InlineData("CustomerNumber", "CustomerBankAccount", new[] { "Id", "Iban" }, false)]
    [InlineData("Number", "Passport", new[] { "Id", "PersonId", "ExpiresOn" }, true)]
    public void The_document_rule_needs_the_document_as_the_types_head_and_leaves_a_persons_reference_alone(string member, string type, string[] siblings, bool expected) =>
        Assert.Equal(expected, IsPersonal(member, "String", type, siblings));

    [Fact]
    public void An_image_after_another_term_is_that_terms()
    {
        NameVerdict verdict = Classify("PassportImage", "String", "KycVerification", ["Id", "CustomerId"]);
        Assert.True(verdict.IsPersonalData);
        Assert.Equal("NationalIdentifier", verdict.Category.ToString());
    }

    [Theory]
    [InlineData("FirstName")]
    [InlineData("DateOfBirth")]
    [InlineData("Email")]
    public void Every_member_of_a_job_that_holds_a_persons_identity_sees_the_same_kind(string member) =>
        Assert.True(IsPersonal(member, member == "DateOfBirth" ? "DateOnly" : "String", "PatientImportJob", ["FirstName", "DateOfBirth", "Email"]), member);

    [Theory]
    [InlineData("MinDate")]
    [InlineData("CreationTime")]
    public void A_bound_or_a_record_of_processing_is_not_a_date_of_a_persons_life(string member) =>
        Assert.False(IsPersonal(member, "DateOnly", "Person", ["Id", "FirstName"]));

    private static bool IsPersonal(string member, string type, string containingType, string[] siblings) =>
        Classify(member, type, containingType, siblings).IsPersonalData;

    private static NameVerdict Classify(string member, string type, string containingType, string[] siblings) =>
        PersonalDataNames.Classify(new NameContext(member, type, containingType, siblings, ContainingTypeIsPersonType: false));
}
