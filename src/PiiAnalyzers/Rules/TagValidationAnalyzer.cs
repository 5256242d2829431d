using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Tagging;

namespace Pii.Analyzers.Rules
{
    /// <summary>
    /// PII003: a tag or a purpose declaration that cannot be honoured: no purpose, no legal basis, a retention that is
    /// not an ISO 8601 duration, an undeclared short-form purpose, a legal basis that contradicts the declaration, a
    /// consent or legitimate-interest purpose without a description, or a member of a type no code is generated for.
    /// </summary>
    public sealed class TagValidationAnalyzer : TaggedMemberAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidTag);

        internal override void OnCompilationStart(CompilationStartAnalysisContext context, CompilationRules rules)
        {
            List<Diagnostic> declarationProblems = CheckDeclarations(context.Compilation, context.CancellationToken);
            if (declarationProblems.Count == 0)
            {
                return;
            }

            // Reported per syntax tree, so that they show while typing in the file that declares the purposes.
            SeverityGate gate = SeverityGate.For(context.Compilation, context.Options, SupportedDiagnostics);
            context.RegisterSyntaxTreeAction(tree =>
            {
                if (gate.IsOff(tree.Tree, tree.CancellationToken))
                {
                    return;
                }

                foreach (Diagnostic diagnostic in declarationProblems)
                {
                    if (diagnostic.Location.SourceTree == tree.Tree)
                    {
                        tree.ReportDiagnostic(diagnostic);
                    }
                }
            });
        }

        internal override void AnalyzeMember(SymbolAnalysisContext context, CompilationRules rules)
        {
            if (!TagReader.IsTagged(context.Symbol))
            {
                return;
            }

            string? typeProblem = ExplicitProblem(context.Symbol) ?? UnnameableProblem(context.Symbol) ?? TypeProblem(context.Symbol, rules) ?? UnreadProblem(context.Symbol, rules); // once per member, however many tags it has
            string? startProblem = StartErasedFirstProblem(context.Symbol, rules); // once, on the tag that names the start
            foreach (AttributeData attribute in context.Symbol.GetAttributes())
            {
                if (!WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "PersonalDataAttribute")
                    && !WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "SensitivePersonalDataAttribute"))
                {
                    continue;
                }

                MemberTag? tag = TagReader.TryRead(attribute, rules.Purposes);
                string? problem = tag is null ? "the purpose is missing or is not a constant string"
                    : tag.Problem ?? rules.Bases.Conflict(tag, context.CancellationToken) ?? RetentionStartProblem(context.Symbol, tag) ?? ProtectionProblem(context.Symbol, tag, rules)
                        ?? (tag.RetentionStartsAt is null ? null : startProblem) ?? typeProblem;
                if (problem is not null)
                {
                    if (ReferenceEquals(problem, typeProblem))
                    {
                        typeProblem = null;
                    }

                    if (tag?.RetentionStartsAt is not null)
                    {
                        startProblem = null;
                    }

                    Location location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? context.Symbol.Locations[0];
                    context.ReportDiagnostic(Create(location, $"The tag on '{context.Symbol.Name}'", problem, attribute.ConstructorArguments.Length >= 3 ? tag?.Retention : null));
                }
            }
        }

        /// <summary>
        /// A member of a stored type (one with a key, or a <c>[DataSubject]</c>, not <c>[NotMapped]</c>) that the generator
        /// writes no code for (a private or file-local class, a class nested in a generic type, a struct): it would be neither
        /// exported, erased nor listed in the record. Types the entities hold without a key are EntityModelAnalyzer's (it
        /// knows which are held); a DTO's tags still serve the logging checks, so it is not reported.
        /// </summary>
        private static string? TypeProblem(ISymbol member, CompilationRules rules) =>
            member.ContainingType is { TypeKind: TypeKind.Class or TypeKind.Struct } owner && !member.IsStatic
                ? rules.TypeProblems.GetOrAdd(owner, static type => SymbolFacts.IsStored(type) ? GeneratedTypeRules.Problem(type) : null)
                : null;

        /// <summary>A member whose type generated code cannot name (<see cref="GeneratedTypeRules.Unnameable"/>): the generator leaves it out.</summary>
        private static string? UnnameableProblem(ISymbol member) =>
            GeneratedTypeRules.Unnameable(MemberShape.TypeOf(member)) is { } type
                ? $"its type {type.Name} is {(type.IsFileLocal ? "file-local" : "private or protected")}, so generated code cannot name it and the member is neither exported, erased, redacted nor in the record of processing; make {type.Name} internal or public"
                : null;

        /// <summary>An explicit interface implementation: generated code reads <c>value.Name</c>, which cannot reach it (<see cref="ReadMembers.IsInstanceData"/>).</summary>
        private static string? ExplicitProblem(ISymbol member) =>
            member is IPropertySymbol { ExplicitInterfaceImplementations: [var implemented, ..] }
                ? $"it implements {implemented.ContainingType.Name}.{implemented.Name} explicitly, which generated code cannot read, so this tag is not read; tag the member that holds the value, or implement {implemented.Name} implicitly"
                : null;

        /// <summary>
        /// A tag the generated code does not read because a base class declares a member of the same name first: the
        /// generator reads each name once, at its first declaration from the base down, and lets a tagged <c>override</c>
        /// replace it only when it is untagged (the generator's <c>TypeParser.DataMembers</c>). A <c>new</c> member, a field
        /// with a base field's name, or an override of a member that is tagged itself, are not read.
        /// </summary>
        private static string? UnreadProblem(ISymbol member, CompilationRules rules)
        {
            if (member.IsStatic || member.ContainingType is not { } owner || !BaseDeclares(owner, member.Name))
            {
                return null; // the usual case, found without listing the type's members
            }

            // The declaration of this name that generated code reads (ReadMembers, the generator's rule).
            ISymbol? read = null;
            foreach (ISymbol candidate in ReadMembers.Of(owner))
            {
                if (candidate.Name == member.Name)
                {
                    read = candidate;
                    break;
                }
            }

            // The same tags on both (an override that repeats its base's): what is read is what this says.
            if (read is null || SymbolEqualityComparer.Default.Equals(read, member)
                || TagReader.ReadTags(read, rules.Purposes).SequenceEqual(TagReader.ReadTags(member, rules.Purposes)))
            {
                return null;
            }

            string name = $"{read.ContainingType.Name}.{read.Name}";
            return member is IPropertySymbol overriding && ReadMembers.Overrides(overriding, read)
                ? $"it overrides {name}, whose own tag decides what generated code does, so this tag is not read; put it on {name}"
                : $"it hides {name} (a new member or a field of the same name), and generated code reads {name}, so this tag is not read; tag {name}, or rename this member";
        }

        private static bool BaseDeclares(INamedTypeSymbol owner, string name)
        {
            for (INamedTypeSymbol? level = owner.BaseType; level is not null && level.SpecialType != SpecialType.System_Object; level = level.BaseType)
            {
                foreach (ISymbol declared in level.GetMembers(name))
                {
                    if (ReadMembers.IsInstanceData(declared))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// A <c>RetentionStartsAt</c> that names no date of the type: without this the member would silently count its
        /// retention from the erasure request and never be purged.
        /// </summary>
        private static string? RetentionStartProblem(ISymbol member, MemberTag tag)
        {
            if (tag.RetentionStartsAt is not { } start || member.ContainingType is not { } owner)
            {
                return null;
            }

            return RetentionStartRules.Find(owner, start) switch
            {
                null => $"the retention starts at '{start}', which is no property or field of {owner.Name}; name a DateTime, DateTimeOffset or DateOnly member, with nameof(...)",
                { } found when RetentionStartRules.IsDate(found) => null,
                { } found => $"the retention starts at '{start}', a {MemberShape.TypeOf(found)!.ToDisplayString()}; it must name a DateTime, DateTimeOffset or DateOnly member of {owner.Name}",
            };
        }

        /// <summary>
        /// A retention start date that is personal data itself and can be erased before the member that counts from it. An
        /// erasure request for the date's purposes alone, or one that holds the member (<c>Retain</c>) but not the date, or a
        /// purge that reaches the date's shorter retention first, erases the date; from then on the member has no start date
        /// (the purge keeps it with no end) or counts from the value written in the date's place (the next purge erases it,
        /// ending a legal retention early). Within one run the dates are read first, so this is about the runs after it.
        /// Decided as the runtime decides (<c>ErasureDecision</c>): a date that is <c>Retain</c>, or held for a legal
        /// obligation at least as long as the member lives, is not erased by a request; a member without a retention never
        /// expires, with or without its date.
        /// </summary>
        private static string? StartErasedFirstProblem(ISymbol member, CompilationRules rules)
        {
            ImmutableArray<MemberTag> tags = TagReader.ReadTags(member, rules.Purposes);
            string? start = RetentionStartRules.FirstStart(tags);
            if (start is null || start == member.Name || member.ContainingType is not { } owner
                || RetentionStartRules.Find(owner, start) is not { } date || !RetentionStartRules.IsDate(date)
                || MemberShape.TypeOf(member) is not { } memberType || MemberShape.TypeOf(date) is not { } dateType)
            {
                return null;
            }

            ImmutableArray<MemberTag> dateTags = TagReader.ReadTags(date, rules.Purposes);
            if (dateTags.IsEmpty || Longest(tags) is not { } memberRetention)
            {
                return null; // a date that is not personal data is never erased; a member without a retention never expires
            }

            MemberShape dateShape = MemberShape.Of(dateType);
            ErasureStrategy dateStrategy = ErasureRules.StrategyOf(dateTags, dateShape);
            string? dateStart = RetentionStartRules.FirstStart(dateTags);
            string consequence = dateShape.CanBeNull && dateStrategy != ErasureStrategy.Anonymize
                ? $"'{member.Name}' then has no start date, and the retention purge keeps it with no end"
                : $"'{member.Name}' then counts from the value written in its place, and the next purge erases it, cutting its retention short";

            // A request leaves the date when its strategy holds it, or when a legal obligation holds it: with no start of its
            // own, each request counts the hold from itself (so no request erases it, and no purge can); counted from itself,
            // when the hold lasts at least as long as the member. Held from yet another date: not comparable, not reported.
            IsoDuration? obligation = LongestLegalObligation(dateTags);
            bool heldByRequests = dateStrategy == ErasureStrategy.Retain
                || (dateStart is null && obligation is not null)
                || (dateStart == start && obligation is { } held && !Shorter(held, memberRetention))
                || (dateStart is not null && dateStart != start);

            var missing = new List<string>();
            foreach (MemberTag tag in tags)
            {
                if (!dateTags.Any(d => d.Purpose == tag.Purpose) && !missing.Contains(tag.Purpose))
                {
                    missing.Add(tag.Purpose);
                }
            }

            if (missing.Count > 0 && !heldByRequests)
            {
                return $"the retention starts at '{start}', which is personal data for {Purposes(dateTags.Select(t => t.Purpose))} only: an erasure request for that erases it while '{member.Name}' stays for {Purposes(missing)}; {consequence}. Tag '{start}' with {Purposes(missing)} too";
            }

            if (ErasureRules.StrategyOf(tags, MemberShape.Of(memberType)) == ErasureStrategy.Retain && !heldByRequests)
            {
                return $"the retention starts at '{start}', which an erasure request erases while '{member.Name}' is kept (Retain); {consequence}. Give '{start}' Erasure = ErasureStrategy.Retain too";
            }

            // The purge erases the date when its own retention, counted from itself, ends; a longer one of the member's is cut off.
            if (dateStart == start && Longest(dateTags) is { } dateRetention && Shorter(dateRetention, memberRetention))
            {
                return $"the retention starts at '{start}', whose own retention ({dateRetention}) ends before this member's ({memberRetention}): the purge erases it first; {consequence}. Give '{start}' a retention at least as long";
            }

            return null;
        }

        private static string Purposes(IEnumerable<string> names)
        {
            List<string> distinct = names.Distinct().Select(n => $"'{n}'").ToList();
            return distinct.Count == 1 ? distinct[0] : string.Join(", ", distinct.Take(distinct.Count - 1)) + " and " + distinct[distinct.Count - 1];
        }

        /// <summary>The longest retention of the tags, or <see langword="null"/> when one has none (kept until erased).</summary>
        private static IsoDuration? Longest(ImmutableArray<MemberTag> tags) =>
            tags.Any(t => t.ValidRetention is null) ? null : Longest(tags.Select(t => IsoDuration.Parse(t.ValidRetention!)));

        /// <summary>The longest retention among the tags for a legal obligation, which holds a member against requests until it ends.</summary>
        private static IsoDuration? LongestLegalObligation(ImmutableArray<MemberTag> tags) =>
            Longest(tags.Where(t => t.LegalBasis == LegalBasis.LegalObligation && t.ValidRetention is not null).Select(t => IsoDuration.Parse(t.ValidRetention!)));

        private static IsoDuration? Longest(IEnumerable<IsoDuration> retentions)
        {
            IsoDuration? longest = null;
            foreach (IsoDuration retention in retentions)
            {
                if (longest is not { } current || Shorter(current, retention))
                {
                    longest = retention;
                }
            }

            return longest;
        }

        /// <summary>Whether <paramref name="left"/> ends before <paramref name="right"/> from every start: P1M and P30D are not ordered.</summary>
        private static bool Shorter(IsoDuration left, IsoDuration right)
        {
            foreach (int month in new[] { 1, 2, 3, 4 })
            {
                var from = new System.DateTimeOffset(2001, month, 1, 0, 0, 0, System.TimeSpan.Zero);
                if (left.AddTo(from) >= right.AddTo(from))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// What stops the database from storing or using an encrypted member: a type the codec does not know, or a
        /// retention start date that is itself encrypted (statements compare it with a cutoff).
        /// </summary>
        private static string? ProtectionProblem(ISymbol member, MemberTag tag, CompilationRules rules)
        {
            if (MemberShape.TypeOf(member) is { } type)
            {
                MemberShape shape = MemberShape.Of(type);
                string? problem = (tag.Protection == Protection.Encrypted ? ProtectionRules.TypeProblem(shape) : null)
                    ?? ProtectionRules.BlindIndexProblem(tag, shape);
                if (problem is not null)
                {
                    return problem;
                }
            }

            if (tag.RetentionStartsAt is { } start && member.ContainingType is { } owner
                && RetentionStartRules.Find(owner, start) is { } date
                && ProtectionRules.ProtectionOf(TagReader.ReadTags(date, rules.Purposes)) == Protection.Encrypted)
            {
                return $"the retention starts at '{start}', which is stored encrypted: the database cannot compare it with a date; store the date unencrypted";
            }

            return null;
        }

        /// <summary>The diagnostic, with the nearest valid retention for the code fix when the retention is what is wrong and one is obvious.</summary>
        private static Diagnostic Create(Location location, string subject, string problem, string? retention)
        {
            if (retention is not null && !IsoDuration.TryParse(retention, out _) && RetentionSuggestion.For(retention) is { } suggestion)
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(SuggestedRetentionProperty, suggestion);
                return Diagnostic.Create(Descriptors.InvalidTag, location, properties, subject, $"{problem}; did you mean \"{suggestion}\"?");
            }

            return Diagnostic.Create(Descriptors.InvalidTag, location, subject, problem);
        }

        /// <summary>The diagnostic property that carries the suggested retention to the code fix.</summary>
        public const string SuggestedRetentionProperty = "SuggestedRetention";

        private static List<Diagnostic> CheckDeclarations(Compilation compilation, System.Threading.CancellationToken cancellationToken)
        {
            var problems = new List<Diagnostic>();
            var names = new HashSet<string>();
            foreach (AttributeData attribute in compilation.Assembly.GetAttributes())
            {
                if (!WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "ProcessingPurposeAttribute")
                    || attribute.ApplicationSyntaxReference is not { } reference)
                {
                    continue;
                }

                PurposeDeclaration? declaration = PurposeDeclaration.Read(attribute);
                string? problem = declaration is null ? "the purpose's name is missing or empty"
                    : !names.Add(declaration.Name) ? $"purpose '{declaration.Name}' is declared more than once"
                    : declaration.Problem;
                if (problem is not null)
                {
                    Location location = reference.GetSyntax(cancellationToken).GetLocation();
                    problems.Add(Create(location, declaration is null ? "This purpose declaration" : $"The declaration of purpose '{declaration.Name}'", problem, declaration?.Retention));
                }
            }

            return problems;
        }
    }
}
