using System;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Pii.Analyzers.Untagged;
using Pii.CodeFixes;

namespace Pii.Analyzers.Tests;

/// <summary>PII012: tagged personal data copied into a member without a decision, found from assignments, not names.</summary>
public class CopiedPersonalDataAnalyzerTests
{
    /// <summary>A subject with tagged members and one untagged member whose name says nothing.</summary>
    private const string Customer = Header + Model;

    private const string Header = """
        #nullable enable
        using Pii;
        using Pii.Redaction;

        """;

    private const string Model = """
        [DataSubject]
        public class Customer
        {
            public int Id { get; set; }

            [PersonalData("Account", "P2Y", LegalBasis.Contract, Category = DataCategory.EmailAddress)]
            public string? Email { get; set; }

            [PersonalData("Account", "P2Y", LegalBasis.Contract, Category = DataCategory.Name)]
            public string First { get; set; } = "";

            [PersonalData("Account", "P2Y", LegalBasis.Contract, Category = DataCategory.Name)]
            public string Last { get; set; } = "";

            [SensitivePersonalData("Care", "P10Y", LegalBasis.Contract, SpecialCategory.Health, SpecialCategoryCondition.HealthOrSocialCare)]
            public string? Allergies { get; set; }

            public string Segment { get; set; } = "";
        }

        """;

    [Fact]
    public Task A_member_assigned_a_tagged_value_in_an_object_initializer_is_reported_with_the_source_and_the_place()
    {
        const string Source = Customer + """
            public class CustomerView
            {
                public string? {|#0:Subtitle|} { get; set; }

                public string? Tier { get; set; }

                public string? {|#2:Key|} { get; set; }
            }

            public static class Views
            {
                public static CustomerView Of(Customer? customer) => new CustomerView
                {
                    {|#1:Subtitle = customer?.Email|},
                    Tier = customer?.Segment,
                    {|#3:Key = customer?.Email?.ToLowerInvariant()|},
                };
            }
            """;
        return VerifyAsync(
            Source,
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(0).WithLocation(1)
                .WithArguments("Subtitle", "'Customer.Email' is assigned to it", $"Test0.cs, line {LineOf(Source, "Subtitle = customer")}"),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(2).WithLocation(3)
                .WithArguments("Key", "'Customer.Email' is assigned to it", $"Test0.cs, line {LineOf(Source, "Key = customer")}"));
    }

    [Fact]
    public Task A_value_built_from_tagged_members_through_a_local_is_followed_within_the_body() =>
        VerifyAsync(
            Source("""
            public class Badge
            {
                public string {|#0:Caption|} = "";

                public void Print(Customer customer)
                {
                    string caption = customer.First + " " + customer.Last.ToUpperInvariant();
                    Caption = caption;
                }
            }
            """, out string caption),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Caption", "'Customer.First' is assigned to it", $"Test0.cs, line {LineOf(caption, "Caption = caption;")}"));

    [Fact]
    public Task Assignments_in_a_with_expression_and_an_interpolated_string_count() =>
        VerifyAsync(
            Source("""
            public record Notice(string Text)
            {
                public string {|#0:Footer|} { get; init; } = "";

                public string {|#1:Header|} { get; init; } = "";

                public Notice For(Customer customer) => this with { Footer = $"Sent to {customer.Email}", Header = customer.Segment ?? customer.Last };
            }
            """, out string notice),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Footer", "'Customer.Email' is assigned to it", $"Test0.cs, line {LineOf(notice, "this with")}"),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Header", "'Customer.Last' is assigned to it", $"Test0.cs, line {LineOf(notice, "this with")}"));

    /// <summary>
    /// A comparison copies no value: whether the customer has an e-mail address is the same fact written with <c>!=</c>,
    /// <c>==</c> or a pattern (before, <c>!= null</c> and <c>== ""</c> were reported as copies, <c>is not null</c> was not).
    /// </summary>
    [Fact]
    public Task A_comparison_of_a_tagged_value_copies_nothing_whatever_the_operator() =>
        VerifyAsync(Source("""
            public class Flags
            {
                public bool HasEmail { get; set; }

                public string Reach { get; set; } = "";

                public void Set(Customer customer)
                {
                    HasEmail = customer.Email != null;
                    HasEmail = customer.Email is not null;
                    HasEmail = !(customer.Email == "");
                    string reach = customer.Email != null && customer.Last != "" ? "mail" : "none";
                    Reach = reach;
                }
            }
            """, out _));

    /// <summary>
    /// A tagged <see langword="bool"/> compared with <see langword="true"/> is the value itself: a flag set from
    /// <c>customer.Vegetarian == true</c> holds what the tagged flag holds (before, every <c>==</c> counted as a fact
    /// about the value and the copy went unreported).
    /// </summary>
    [Fact]
    public Task A_tagged_boolean_compared_with_a_boolean_is_copied() =>
        VerifyAsync(
            Source("""
            public class Diet
            {
                [PersonalData("Catering", "P1Y", LegalBasis.Consent, Description = "Meals")]
                public bool? Vegetarian { get; set; }
            }

            public class Badge
            {
                public bool {|#0:Green|} { get; set; }

                public bool Known { get; set; }

                public void Set(Diet diet)
                {
                    Green = diet.Vegetarian == true;
                    Known = diet.Vegetarian != null;
                }
            }
            """, out string badge),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Green", "'Diet.Vegetarian' is assigned to it", $"Test0.cs, line {LineOf(badge, "Green = ")}"));

    [Fact]
    public Task Compound_assignments_copy_too_and_events_and_numbers_are_left_alone() =>
        VerifyAsync(
            Source("""
            public class Journal
            {
                public string {|#0:Log|} = "";

                public string? {|#1:Fallback|} { get; set; }

                public int Entries { get; set; }

                public event System.Action? Written;

                public void Add(Customer customer)
                {
                    Log += customer.Email;
                    customer.Email ??= Fallback;
                    Entries += customer.Id;
                    Written += () => { };
                }
            }
            """, out string journal),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Log", "'Customer.Email' is assigned to it", $"Test0.cs, line {LineOf(journal, "Log += ")}"),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Fallback", "its value is assigned to 'Customer.Email'", $"Test0.cs, line {LineOf(journal, "??= Fallback")}"));

    [Fact]
    public Task A_member_whose_value_is_assigned_to_a_tagged_member_is_reported_on_the_member_it_is_read_from() =>
        VerifyAsync(
            Source("""
            public class SignUpRequest
            {
                public string? {|#0:Entered|} { get; set; }

                public string? Referrer { get; set; }

                public string {|#1:Second|} { get; set; } = "";
            }

            public static class SignUp
            {
                public static void Apply(Customer customer, SignUpRequest? request)
                {
                    customer.Email = request?.Entered?.Trim() ?? customer.Email;
                    customer.Segment = request?.Referrer ?? "";
                    customer.Last = (request!.Second);
                }
            }
            """, out string signUp),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Entered", "its value is assigned to 'Customer.Email'", $"Test0.cs, line {LineOf(signUp, "customer.Email = request")}"),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Second", "its value is assigned to 'Customer.Last'", $"Test0.cs, line {LineOf(signUp, "customer.Last = ")}"));

    /// <summary>
    /// In <c>request?.Entered.Trim()</c> the string method is called on the member after <c>?.</c>: that member is read, not
    /// the instance tested for null (which was taken for the read, so the member was not reported), in an assignment and in
    /// a method that stores a parameter's member.
    /// </summary>
    [Fact]
    public Task A_string_method_on_the_member_after_a_null_conditional_access_reads_that_member() =>
        VerifyAsync(
            Source("""
            public class SignUpRequest
            {
                public string {|#0:Entered|} { get; set; } = "";

                public string {|#1:Repeated|} { get; set; } = "";
            }

            public class Account
            {
                [PersonalData("Account", "P2Y", LegalBasis.Contract, Category = DataCategory.EmailAddress)]
                public string? Login { get; private set; }

                public void Change(SignUpRequest? form) => Login = form?.Repeated.Trim();
            }

            public static class SignUp
            {
                public static void Apply(Customer customer, SignUpRequest? request) => customer.Email = request?.Entered.Trim();
            }
            """, out string signUp),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Entered", "its value is assigned to 'Customer.Email'", $"Test0.cs, line {LineOf(signUp, "customer.Email = request")}"),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Repeated", "its value is assigned to 'Account.Login'", $"Test0.cs, line {LineOf(signUp, "Login = form")}"));

    [Fact]
    public Task A_value_passed_to_a_constructor_is_followed_to_the_members_the_constructor_sets() =>
        VerifyAsync(
            Source("""
            public record CustomerRow(int Id, string {|#0:Line|}, string Tier);

            public class Letter
            {
                public Letter(string to, string? note)
                {
                    Heading = to?.Trim() ?? throw new System.ArgumentNullException(nameof(to));
                    Note = note;
                }

                public Letter(string to) : this(to, null)
                {
                }

                public string {|#1:Heading|} { get; }

                public string? Note { get; }
            }

            public class Envelope(string line, int copies)
            {
                public string {|#2:Window|} { get; } = line;

                public int Copies { get; } = copies;
            }

            public record Person(string {|#3:Called|});

            public record Member(string Called, int Number) : Person(Called);

            public static class Rows
            {
                public static CustomerRow Of(Customer customer) => new CustomerRow(customer.Id, customer.Email ?? "", customer.Segment);

                public static Letter To(Customer customer) => new(customer.Email!);

                public static Envelope For(Customer customer) => new Envelope(copies: 2, line: $"{customer.First} {customer.Last}");

                public static Member Join(Customer customer) => new Member(customer.Last, customer.Id);
            }
            """, out string rows),
            Passed(0, "Line", "'Customer.Email'", rows, "new CustomerRow("),
            Passed(1, "Heading", "'Customer.Email'", rows, "new(customer.Email!)"),
            Passed(2, "Window", "'Customer.First'", rows, "new Envelope("),
            Passed(3, "Called", "'Customer.Last'", rows, "new Member("));

    /// <summary>
    /// A value a derived class passes to its base constructor (<c>: base(customer.Email)</c>, <c>: Row(customer.Last)</c>) is
    /// passed to a constructor of the project as much as with <c>new</c>. Only a parameter passed on was followed.
    /// </summary>
    [Fact]
    public Task A_value_passed_to_a_base_constructor_is_followed_to_the_member_it_sets() =>
        VerifyAsync(
            Source("""
            public class Row
            {
                public Row(string line) => Line = line;

                public string {|#0:Line|} { get; }
            }

            public class Labelled(string label)
            {
                public string {|#1:Label|} { get; } = label;
            }

            public class CustomerRow : Row
            {
                public CustomerRow(Customer customer)
                    : base(customer.Email ?? "")
                {
                }
            }

            public class CustomerLabel(Customer customer) : Labelled(customer.Last)
            {
                public int Id { get; } = customer.Id;
            }
            """, out string rows),
            Passed(0, "Line", "'Customer.Email'", rows, ": base(customer.Email"),
            Passed(1, "Label", "'Customer.Last'", rows, ": Labelled(customer.Last)"));

    [Fact]
    public Task A_member_passed_to_a_constructor_that_stores_it_in_a_tagged_member_is_reported() =>
        VerifyAsync(
            Source("""
            public class Recipient
            {
                public Recipient(string address, string label)
                {
                    Address = address;
                    Label = label;
                }

                [PersonalData("Account", "P2Y", LegalBasis.Contract, Category = DataCategory.EmailAddress)]
                public string Address { get; }

                public string Label { get; }
            }

            public class ContactForm
            {
                public string {|#0:Entered|} { get; set; } = "";

                public string Kind { get; set; } = "";

                public Recipient ToRecipient() => new Recipient(Entered.ToLowerInvariant(), Kind);
            }
            """, out string form),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Entered", "its value is passed to the constructor that sets 'Recipient.Address'", $"Test0.cs, line {LineOf(form, "new Recipient(")}"));

    [Fact]
    public Task A_value_passed_to_an_instance_method_that_sets_a_member_is_followed_both_ways() =>
        VerifyAsync(
            Source("""
            public class Badge
            {
                public string {|#0:Printed|} { get; private set; } = "";

                public int Copies { get; private set; }

                public void Print(string text, int copies)
                {
                    Printed = text.ToUpperInvariant();
                    Copies = copies;
                }
            }

            public class Account
            {
                [PersonalData("Account", "P2Y", LegalBasis.Contract, Category = DataCategory.EmailAddress)]
                public string Login { get; private set; } = "";

                public void ChangeLogin(string login) => Login = login.Trim();
            }

            public class ChangeRequest
            {
                public string {|#1:Wanted|} { get; set; } = "";

                public string Note { get; set; } = "";
            }

            public partial class Sign
            {
                public string {|#2:Shown|} { get; private set; } = "";

                public partial void Show(string text);

                public partial void Show(string text) => Shown = text;
            }

            public static class Badges
            {
                public static void Run(Customer customer, Badge badge, Account account, ChangeRequest request, Sign sign)
                {
                    badge.Print(request.Note, 1);
                    badge.Print(customer.Email ?? "", customer.Id);
                    account.ChangeLogin(request.Wanted);
                    sign.Show(customer.Last);
                }
            }
            """, out string badges),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Printed", "'Customer.Email' is passed to 'Badge.Print', which sets it", $"Test0.cs, line {LineOf(badges, "badge.Print(customer")}"),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Wanted", "its value is passed to 'Account.ChangeLogin', which sets 'Account.Login'", $"Test0.cs, line {LineOf(badges, "account.ChangeLogin(")}"),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Shown", "'Customer.Last' is passed to 'Sign.Show', which sets it", $"Test0.cs, line {LineOf(badges, "sign.Show(")}"));

    /// <summary>
    /// A method that appends its parameter to a member (<c>Log += text</c>) stores it there, as <c>Log += customer.Email</c>
    /// copies the e-mail into <c>Log</c>: followed both ways, like <c>=</c> and <c>??=</c>. It was not followed.
    /// </summary>
    [Fact]
    public Task A_method_that_appends_its_parameter_to_a_member_stores_it_there() =>
        VerifyAsync(
            Source("""
            public class Journal
            {
                public string {|#0:Log|} { get; private set; } = "";

                public int Count { get; private set; }

                public void Add(string text, int count)
                {
                    Log += text;
                    Count += count;
                }
            }

            public class Ticket
            {
                [PersonalData("Account", "P2Y", LegalBasis.Contract)]
                public string Notes { get; private set; } = "";

                public void Append(string note) => Notes += note;
            }

            public class Reply
            {
                public string {|#1:Wording|} { get; set; } = "";
            }

            public static class Desk
            {
                public static void Run(Customer customer, Journal journal, Ticket ticket, Reply reply)
                {
                    journal.Add(customer.Email ?? "", customer.Id);
                    ticket.Append(reply.Wording);
                }
            }
            """, out string desk),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Log", "'Customer.Email' is passed to 'Journal.Add', which sets it", $"Test0.cs, line {LineOf(desk, "journal.Add(")}"),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Wording", "its value is passed to 'Ticket.Append', which sets 'Ticket.Notes'", $"Test0.cs, line {LineOf(desk, "ticket.Append(")}"));

    [Fact]
    public Task Arguments_not_stored_in_the_callee_s_own_members_or_not_personal_and_callees_of_other_assemblies_are_not_followed() =>
        VerifyAsync(
            Customer + """
            public class Receipt
            {
                private readonly string owner;

                public Receipt(string owner, string tier, int count)
                {
                    this.owner = owner;
                    Length = owner.Length;
                    Tier = tier;
                    Count = count;
                    Hash = Compute(owner);
                }

                public int Length { get; }

                public string Tier { get; }

                public int Count { get; }

                public string Hash { get; }

                public override string ToString() => owner;

                private static string Compute(string value) => value.GetHashCode().ToString();

                public static Receipt For(Customer customer) =>
                    new Receipt(customer.Email ?? "", customer.Segment, customer.Id);

                public static System.Uri Link(Customer customer) => new System.Uri("mailto:" + customer.Email);

                public static void Stamp(Receipt receipt, string text) => receipt.Stamped = text;

                public string Stamped { get; set; } = "";

                public void Fill(Customer customer) => Stamp(this, customer.First);
            }
            """);

    /// <summary>
    /// Broken code (unknown types and members, wrong argument counts and names, constructors that call each other in a
    /// circle, unfinished statements) gets no PII012 and no analyzer exception (AD0001, which the harness would report).
    /// </summary>
    [Fact]
    public Task Broken_code_is_analyzed_without_exceptions()
    {
        var test = Test(Customer + """
            public class Loop
            {
                public Loop(string a) : this(a, 1) { }

                public Loop(string a, int b) : this(a) { }
            }

            public record Half(string Line, Unknown Other) : Missing(Line);

            public class Broken
            {
                public string Text { get; set; } = "";

                public Broken(string text, int count)
                {
                    Text = ;
                    Nowhere = text;
                }

                public static void Run(Customer customer)
                {
                    var loop = new Loop(customer.Email!);
                    var half = new Half(customer.Email, null, customer.First);
                    var broken = new Broken(count: customer.Email, title: customer.First);
                    var other = new Unknown(customer.Email);
                    var unfinished = new Broken(customer.Email,
                    customer.Email = ;
                }
            """);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }

    [Fact]
    public Task Decided_members_constants_redacted_values_and_copies_between_untagged_members_are_not_reported() =>
        VerifyAsync(
            Customer + """
            public class Summary
            {
                [NotPersonalData("shown to the customer only, never stored")]
                public string? Greeting { get; set; }

                [PersonalData("Account", "P2Y", LegalBasis.Contract)]
                public string? Mail { get; set; }

                public string Masked { get; set; } = "";

                public string Placeholder { get; set; } = "";

                public string Tier { get; set; } = "";

                [NotPersonalData("the address the customer typed before it was confirmed, erased with the sign-up")]
                public string? Typed { get; set; }

                public void Confirm(Customer customer) => customer.Email = Typed;

                public static Summary Of(Customer customer) => new Summary
                {
                    Greeting = customer.First,
                    Mail = customer.Email,
                    Masked = Redactor.Redact(customer.Email, RedactionKind.EmailMask),
                    Placeholder = "n/a",
                    Tier = customer.Segment,
                };
            }
            """);

    /// <summary>
    /// The properties of an anonymous type have no declaration to tag or mark, so they are no candidates: copying tagged
    /// data into one (through <c>with</c>) or from one into a tagged member is not reported on it. Both were.
    /// </summary>
    [Fact]
    public Task Members_of_anonymous_types_are_not_reported() =>
        VerifyAsync(
            Customer + """
            public static class Drafts
            {
                public static void Apply(Customer customer)
                {
                    var typed = new { Line = "" };
                    customer.Email = typed.Line;
                    var shown = new { Caption = "" } with { Caption = customer.Last };
                }
            }
            """);

    [Fact]
    public Task A_member_PII001_reports_by_its_name_gets_PII001_only() =>
        VerifyWithEveryRuleAsync(
            Customer + """
            public class Invitation
            {
                public string? {|PII001:EmailAddress|} { get; set; }

                public static Invitation For(Customer customer) => new Invitation { EmailAddress = customer.Email };
            }
            """);

    [Fact]
    public Task Special_category_data_copied_carries_its_category_for_the_fix() =>
        VerifyAsync(
            Source("""
            public class CarePlan
            {
                public string? {|#0:Remarks|} { get; set; }

                public void From(Customer customer) => Remarks = customer.Allergies;
            }
            """, out string care),
            new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("Remarks", "'Customer.Allergies' is assigned to it", $"Test0.cs, line {LineOf(care, "Remarks = customer.Allergies")}"));

    [Fact]
    public Task Of_several_copies_the_first_in_the_compilation_is_the_evidence_whatever_the_order_of_analysis()
    {
        var test = Test(
            Customer + """
            public class Card
            {
                public string? {|#0:Line|} { get; set; }
            }
            """);
        test.TestState.Sources.Add(("B.cs", "public static class B { public static void Fill(Card card, Customer c) => card.Line = c.Email; }"));
        test.TestState.Sources.Add(("A.cs", "public static class A\n{\n    public static void Fill(Card card, Customer c) => card.Line = c.First;\n}"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("Line", "'Customer.First' is assigned to it", "A.cs, line 3"));
        return test.RunAsync();
    }

    [Fact]
    public Task Members_declared_in_generated_code_are_not_reported()
    {
        var test = Test(
            Customer + """
            public static class Replies
            {
                public static void Fill(CustomerReply reply, Customer customer)
                {
                    reply.Subtitle = customer.Email;
                    ((Marked)reply.Extra).Value = customer.Email;
                }
            }
            """);
        test.TestState.Sources.Add(("Protos/Customer.g.cs", "public class CustomerReply { public string? Subtitle { get; set; } public object Extra { get; set; } = new Marked(); }"));
        test.TestState.Sources.Add(("Marked.cs", "[System.CodeDom.Compiler.GeneratedCode(\"protoc\", \"1.0\")]\npublic class Marked { public string? Value { get; set; } }"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("dotnet_diagnostic.PII012.severity = none")]
    [InlineData("pii.untagged.excluded_names = Subtitle")]
    [InlineData("pii.untagged.namespaces = Shop.Domain")]
    public Task Severity_none_excluded_names_and_the_scope_options_apply(string editorConfig)
    {
        var test = Test(
            Customer + """
            public class CustomerView
            {
                public string? Subtitle { get; set; }

                public static CustomerView Of(Customer customer) => new CustomerView { Subtitle = customer.Email };
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        return test.RunAsync();
    }

    [Fact]
    public async Task The_fix_tags_the_copy_with_the_category_of_its_source()
    {
        const string Purposes = """
            [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P2Y")]

            """;
        var test = new CSharpCodeFixTest<CopiedPersonalDataAnalyzer, UntaggedPersonalDataCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            CodeActionEquivalenceKey = UntaggedPersonalDataCodeFix.PersonalDataKey("Account"),

            // PII012 is reported when the compilation ends, not by a file's own analysis, which the library checks for
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
            TestCode = Header + Purposes + Model + """
                public class CustomerView
                {
                    public string? {|PII012:Subtitle|} { get; set; }

                    public static CustomerView Of(Customer customer) => new CustomerView { Subtitle = customer.Email };
                }
                """,
            FixedCode = Header + Purposes + Model + """
                public class CustomerView
                {
                    [PersonalData("Account", Category = DataCategory.EmailAddress)]
                    public string? Subtitle { get; set; }

                    public static CustomerView Of(Customer customer) => new CustomerView { Subtitle = customer.Email };
                }
                """,
        };
        TestReferences.AddNet10(test.TestState);
        await test.RunAsync();
    }

    /// <summary>PII012 at markup <paramref name="marker"/>: <paramref name="source"/> passed to a constructor on the first line with <paramref name="call"/>.</summary>
    private static DiagnosticResult Passed(int marker, string member, string source, string code, string call) =>
        new DiagnosticResult(Descriptors.CopiedPersonalData).WithLocation(marker).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments(member, $"{source} is passed to the constructor that sets it", $"Test0.cs, line {LineOf(code, call)}");

    /// <summary>The model followed by <paramref name="types"/>, also returned in <paramref name="source"/> to find lines in.</summary>
    private static string Source(string types, out string source) => source = Customer + types;

    /// <summary>The 1-based line of the first line of <paramref name="source"/> that contains <paramref name="text"/>.</summary>
    private static int LineOf(string source, string text) =>
        Array.FindIndex(source.Split('\n'), line => line.Contains(text, StringComparison.Ordinal)) + 1;

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        CSharpAnalyzerTest<CopiedPersonalDataAnalyzer, DefaultVerifier> test = Test(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Runs every rule, as the shipped analyzer does, so that a member PII001 reports is seen not to be reported twice.</summary>
    private static Task VerifyWithEveryRuleAsync(string source)
    {
        var test = new CSharpAnalyzerTest<PiiAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestCode = source,
            MarkupOptions = MarkupOptions.UseFirstDescriptor,
        };
        TestReferences.AddNet10(test.TestState);
        return test.RunAsync();
    }

    private static CSharpAnalyzerTest<CopiedPersonalDataAnalyzer, DefaultVerifier> Test(string source)
    {
        var test = new CSharpAnalyzerTest<CopiedPersonalDataAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestCode = source,
        };
        TestReferences.AddNet10(test.TestState);
        return test;
    }
}
