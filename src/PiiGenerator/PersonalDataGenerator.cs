using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Pii.Generator.Emitters;
using Pii.Generator.Model;
using Pii.Generator.Parsing;
using Pii.Generator.Review;
using Pii.Tagging;

namespace Pii.Generator
{
    /// <summary>
    /// Finds the types with personal-data tags, parses each into a <see cref="TypeSpec"/>, and writes one file of
    /// export, erasure and redaction code per type; a store class per DbContext; and the assembly's record of
    /// processing. The analyzers report what is wrong with tags and links; the generator reports only what belongs to
    /// the record it computes: an incomplete record (PII010) and a difference from the approved baseline (PII007).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class PersonalDataGenerator : IIncrementalGenerator
    {
        /// <summary>The names of the pipeline's steps, for incremental-caching tests.</summary>
        public static class Steps
        {
            public const string TaggedMembers = nameof(TaggedMembers);
            public const string SensitiveMembers = nameof(SensitiveMembers);
            public const string DataSubjects = nameof(DataSubjects);
            public const string PositionalRecords = nameof(PositionalRecords);
            public const string Types = nameof(Types);
            public const string TypeCode = nameof(TypeCode);
            public const string Contexts = nameof(Contexts);
            public const string Stores = nameof(Stores);
            public const string OwnersOnly = nameof(OwnersOnly);
            public const string Declarations = nameof(Declarations);
            public const string Record = nameof(Record);
        }

        /// <summary>The MSBuild metadata that marks the approved baseline among the additional files (set by Pii.targets).</summary>
        public const string BaselineMetadata = "build_metadata.AdditionalFiles.PiiRecordBaseline";

        /// <summary>The baseline's file name, recognised without the metadata too.</summary>
        public const string BaselineFileName = "PersonalData.approved.json";

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<TypeSpec> tagged = FindTypes(context, WellKnownTypes.PersonalDataAttribute, Steps.TaggedMembers);
            IncrementalValuesProvider<TypeSpec> sensitive = FindTypes(context, WellKnownTypes.SensitivePersonalDataAttribute, Steps.SensitiveMembers);
            IncrementalValuesProvider<TypeSpec> subjects = FindTypes(context, WellKnownTypes.DataSubjectAttribute, Steps.DataSubjects);

            // A positional record's [property: PersonalData(...)] belongs to the property the compiler declares, which
            // ForAttributeWithMetadataName (it asks the parameter) does not see: such parameters are found by syntax.
            IncrementalValuesProvider<TypeSpec> positional = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => node is ParameterSyntax { AttributeLists.Count: > 0, Parent.Parent: RecordDeclarationSyntax } parameter && TargetsProperty(parameter),
                    static (syntax, cancellationToken) => ParsePositional(syntax, cancellationToken))
                .SelectMany(static (specs, _) => specs)
                .WithTrackingName(Steps.PositionalRecords);

            IncrementalValuesProvider<TypeSpec> types = tagged.Collect()
                .Combine(sensitive.Collect())
                .Combine(subjects.Collect())
                .Combine(positional.Collect())
                .SelectMany((all, _) => Distinct(all.Left.Left.Left, all.Left.Left.Right, all.Left.Right, all.Right))
                .WithTrackingName(Steps.Types);

            // The generated code is C# 8 (nullable annotations, patterns), the store's C# 10: an older language version gets
            // nothing, and PII014 says why.
            IncrementalValueProvider<LanguageVersion> language = context.ParseOptionsProvider
                .Select(static (options, _) => (options as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.Latest);
            IncrementalValueProvider<bool> supported = language.Select(static (version, _) => version >= LanguageVersion.CSharp8);
            IncrementalValueProvider<bool> storeSupported = language.Select(static (version, _) => version >= LanguageVersion.CSharp10);
            ReportTooOld(context, language, types.Collect().Select(static (all, _) => !all.IsEmpty), LanguageVersion.CSharp8, "export, erasure, redaction or record of processing");

            // The record's part of a spec is set aside first: where the members are declared does not change their code.
            IncrementalValuesProvider<TypeSpec> emitted = types
                .Select(static (type, _) => type with { Record = null })
                .WithTrackingName(Steps.TypeCode);
            context.RegisterSourceOutput(WhenSupported(emitted, supported), static (output, type) => Emit(output, type));

            // EF Core: the DbContexts are found by syntax, but a context's spec depends on entity types in other files,
            // so the specs are built from the whole compilation (and cached by value when nothing they use changed).
            IncrementalValueProvider<ImmutableArray<string>> contexts = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => node is ClassDeclarationSyntax { BaseList: not null },
                    static (syntax, cancellationToken) => ContextName(syntax, cancellationToken))
                .Where(static name => name is not null)
                .Select(static (name, _) => name!)
                .WithTrackingName(Steps.Contexts)
                .Collect();

            IncrementalValuesProvider<StoreSpec> stores = contexts
                .Combine(context.CompilationProvider)
                .SelectMany(static (pair, cancellationToken) => ParseStores(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(Steps.Stores);

            context.RegisterSourceOutput(WhenSupported(stores, storeSupported), static (output, store) => Emit(output, store));
            ReportTooOld(context, language, stores.Collect().Select(static (all, _) => !all.IsEmpty), LanguageVersion.CSharp10, "EF Core store (the DbContext's PersonalData())");

            // Entities whose personal data is all in owned objects: no tag of theirs leads the type pipeline to them, but a
            // store calls their code. Written once however many contexts list them.
            // The owned types between them and the tagged ones may also be reached from a tagged type: those are written by the
            // type pipeline, not twice.
            IncrementalValuesProvider<TypeSpec> ownersOnly = stores.Collect()
                .Combine(emitted.Select(static (type, _) => type.HintName).Collect())
                .SelectMany(static (all, _) => OwnersOnly(all.Left, all.Right))
                .WithTrackingName(Steps.OwnersOnly);
            context.RegisterSourceOutput(WhenSupported(ownersOnly.Select(static (type, _) => type with { Record = null }), supported), static (output, type) => Emit(output, type));

            // The record of processing: the whole assembly's tags and declarations, compared with the approved baseline.
            IncrementalValueProvider<RecordOptions> options = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => RecordOptions.From(provider.GlobalOptions));

            // Only the assembly's declarations are read on every compilation (a handful of attributes); the types' part of
            // the record was parsed with each type, so a keystroke that changes neither leaves the record cached.
            IncrementalValueProvider<RecordDeclarations?> declarations = context.CompilationProvider
                .Combine(options.Select(static (o, _) => o.Enabled))
                .Select(static (input, _) => input.Right ? ReadDeclarations(input.Left) : null)
                .WithTrackingName(Steps.Declarations);

            // The crypto-shredded members some context encrypts under the key ring instead, for the record's measures.
            IncrementalValueProvider<EquatableArray<string>> notShredded = stores.Collect()
                .Select(static (all, _) => NotShredded(all));

            // The owners-only entities belong in the record too: their owned objects' subject comes through them.
            IncrementalValueProvider<RecordOutcome> record = types.Collect()
                .Combine(ownersOnly.Collect())
                .Select(static (pair, _) => Distinct(pair.Left, pair.Right))
                .Combine(declarations)
                .Combine(context.CompilationProvider.Select(static (c, _) => c.AssemblyName ?? string.Empty))
                .Combine(notShredded)
                .Select(static (input, _) => BuildRecord(input.Left.Right, input.Left.Left.Left, input.Left.Left.Right, input.Right))
                .WithTrackingName(Steps.Record);

            IncrementalValueProvider<ImmutableArray<BaselineFile>> baselines = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => IsBaseline(pair.Left, pair.Right))
                .Select(static (pair, cancellationToken) => new BaselineFile(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString()))
                .Collect();

            context.RegisterSourceOutput(
                record.Combine(options).Combine(baselines).Combine(supported),
                static (output, input) =>
                {
                    if (input.Right)
                    {
                        Emit(output, input.Left.Left.Left, input.Left.Left.Right, input.Left.Right);
                    }
                });
        }

        /// <summary>
        /// PII014, once, when there is code to generate (<paramref name="any"/>) and the project's language version is below
        /// <paramref name="minimum"/>; not for a store below C# 8, where the types' code is missing too and said so.
        /// </summary>
        private static void ReportTooOld(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<LanguageVersion> language, IncrementalValueProvider<bool> any, LanguageVersion minimum, string what) =>
            context.RegisterSourceOutput(
                language.Combine(any),
                (output, input) =>
                {
                    if (input.Right && input.Left < minimum && (minimum == LanguageVersion.CSharp8 || input.Left >= LanguageVersion.CSharp8))
                    {
                        output.ReportDiagnostic(Diagnostic.Create(
                            RecordDiagnostics.LanguageVersionTooOld, Location.None, what, minimum.ToDisplayString(), input.Left.ToDisplayString()));
                    }
                });

        /// <summary>The values, when the project's language version is one the generated code compiles in.</summary>
        private static IncrementalValuesProvider<T> WhenSupported<T>(IncrementalValuesProvider<T> values, IncrementalValueProvider<bool> supported) =>
            values.Combine(supported).Where(static pair => pair.Right).Select(static (pair, _) => pair.Left);

        private static RecordDeclarations? ReadDeclarations(Compilation compilation)
        {
            try
            {
                return RecordDeclarations.Read(compilation);
            }
            catch (Exception)
            {
                // The generator never throws: without declarations there is no record, and no record files.
                return null;
            }
        }

        private static RecordOutcome BuildRecord(string assembly, ImmutableArray<TypeSpec> types, RecordDeclarations? declarations, EquatableArray<string> notShredded)
        {
            try
            {
                return new RecordOutcome(RecordParser.Build(assembly, types, declarations, new HashSet<string>(notShredded, StringComparer.Ordinal)), declarations is not null, null);
            }
            catch (Exception e)
            {
                // The generator never throws; a record it cannot compute is said, not left out silently.
                return new RecordOutcome(null, declarations is not null, e.GetType().Name + ": " + e.Message);
            }
        }

        private static bool IsBaseline(AdditionalText text, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options) =>
            string.Equals(System.IO.Path.GetFileName(text.Path), BaselineFileName, StringComparison.OrdinalIgnoreCase)
            || (options.GetOptions(text).TryGetValue(BaselineMetadata, out string? marked) && string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase));

        private static void Emit(SourceProductionContext output, RecordOutcome outcome, RecordOptions options, ImmutableArray<BaselineFile> baselines)
        {
            RecordSpec? record = outcome.Record;
            string? failure = outcome.Failure;
            string? source = null;
            if (record is not null)
            {
                try
                {
                    string json = RecordJson.Write(record, options.ProjectDirectory);
                    string approved = Pii.Records.RecordText.WithoutSources(json);
                    foreach (RecordProblem problem in record.Problems)
                    {
                        output.ReportDiagnostic(Diagnostic.Create(RecordDiagnostics.IncompleteRecord, problem.Location?.ToLocation() ?? Location.None, problem.Message));
                    }

                    if (!options.Accept && !baselines.IsEmpty)
                    {
                        ReviewGate.Report(output, record, baselines[0], approved);
                    }

                    source = RecordEmitter.Emit(record, options.Namespace, json);
                }
                catch (Exception e)
                {
                    failure = e.GetType().Name + ": " + e.Message;
                }
            }

            if (failure is not null)
            {
                output.ReportDiagnostic(Diagnostic.Create(RecordDiagnostics.IncompleteRecord, Location.None, "it could not be computed (" + failure + "); please report this to Pii"));
            }
            else if (record is null && outcome.Enabled && !options.Accept && !baselines.IsEmpty)
            {
                // A baseline, but nothing tagged or declared any more: the record became empty, which is a change too.
                output.ReportDiagnostic(Diagnostic.Create(RecordDiagnostics.BaselineDifference, Location.None, System.IO.Path.GetFileName(baselines[0].Path), "the assembly no longer tags or declares any personal data"));
            }

            if (source is not null)
            {
                output.AddSource(RecordEmitter.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
            }
        }

        private static string? ContextName(GeneratorSyntaxContext syntax, CancellationToken cancellationToken)
        {
            try
            {
                return syntax.SemanticModel.GetDeclaredSymbol(syntax.Node, cancellationToken) is INamedTypeSymbol type && EntityLinks.IsDbContext(type)
                    ? type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
                    : null;
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception)
            {
                return null;
            }
        }

        private static ImmutableArray<StoreSpec> ParseStores(ImmutableArray<string> names, Compilation compilation, CancellationToken cancellationToken)
        {
            if (names.IsEmpty)
            {
                return ImmutableArray<StoreSpec>.Empty;
            }

            var specs = new SortedDictionary<string, StoreSpec>(StringComparer.Ordinal);
            foreach (string name in names)
            {
                try
                {
                    foreach (ISymbol symbol in compilation.GetSymbolsWithName(ShortName(name), SymbolFilter.Type, cancellationToken))
                    {
                        if (symbol is INamedTypeSymbol type
                            && type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == name
                            && StoreParser.Parse(compilation, type, cancellationToken) is { } spec
                            && !specs.ContainsKey(spec.HintName))
                        {
                            specs.Add(spec.HintName, spec);
                        }
                    }
                }
                catch (OperationCanceledException)
                {
                    throw;
                }
                catch (Exception)
                {
                    // The generator never throws: a context it cannot read gets no store, and PII008/PII009 say why.
                }
            }

            return specs.Values.ToImmutableArray();
        }

        private static string ShortName(string fullyQualified)
        {
            int dot = fullyQualified.LastIndexOfAny(new[] { '.', ':' });
            string name = dot < 0 ? fullyQualified : fullyQualified.Substring(dot + 1);
            int generic = name.IndexOf('<');
            return generic < 0 ? name : name.Substring(0, generic);
        }

        private static void Emit(SourceProductionContext output, StoreSpec store)
        {
            string source;
            try
            {
                source = StoreEmitter.Emit(store);
            }
            catch (Exception)
            {
                return;
            }

            output.AddSource(store.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }

        private static IncrementalValuesProvider<TypeSpec> FindTypes(IncrementalGeneratorInitializationContext context, string attribute, string step) =>
            context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    attribute,
                    static (_, _) => true,
                    static (target, cancellationToken) => Parse(target, cancellationToken))
                .SelectMany(static (specs, _) => specs)
                .WithTrackingName(step);

        /// <summary>A <c>[property: …]</c> list naming an attribute that may be a tag (by its name, as written; an alias is not seen).</summary>
        private static bool TargetsProperty(ParameterSyntax parameter)
        {
            foreach (AttributeListSyntax list in parameter.AttributeLists)
            {
                if (list.Target?.Identifier.ValueText == "property"
                    && list.Attributes.Any(a => a.Name.ToString().IndexOf("PersonalData", StringComparison.Ordinal) >= 0))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The record of a parameter with property-targeted attributes, when one of its properties is tagged (<see cref="Parse(GeneratorAttributeSyntaxContext, CancellationToken)"/>).</summary>
        private static EquatableArray<TypeSpec> ParsePositional(GeneratorSyntaxContext syntax, CancellationToken cancellationToken) => Guarded(() =>
        {
            // Parsed once per record, from the first parameter whose property is tagged.
            return syntax.Node.Parent is ParameterListSyntax { Parent: RecordDeclarationSyntax declaration } parameters
                && syntax.SemanticModel.GetDeclaredSymbol(declaration, cancellationToken) is INamedTypeSymbol type
                && parameters.Parameters.FirstOrDefault(p => TargetsProperty(p) && type.GetMembers(p.Identifier.ValueText).Any(TagReader.IsTagged)) == syntax.Node
                    ? ParseWithOwned(syntax.SemanticModel.Compilation, type, cancellationToken)
                    : EquatableArray<TypeSpec>.Empty;
        });

        /// <summary>The type's spec, and those of the untagged owned types only it leads to (<see cref="TypeParser.UntaggedOwnedTypes"/>).</summary>
        private static EquatableArray<TypeSpec> Parse(GeneratorAttributeSyntaxContext target, CancellationToken cancellationToken) => Guarded(() =>
        {
            INamedTypeSymbol? type = target.TargetSymbol as INamedTypeSymbol ?? target.TargetSymbol.ContainingType;
            return type is not null && ParsesType(target.TargetSymbol, type)
                ? ParseWithOwned(target.SemanticModel.Compilation, type, cancellationToken)
                : EquatableArray<TypeSpec>.Empty;
        });

        private static EquatableArray<TypeSpec> ParseWithOwned(Compilation compilation, INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            TypeParser parser = TypeParser.For(compilation);
            return parser.Parse(type, cancellationToken) is { } spec
                ? new[] { spec }.Concat(parser.UntaggedOwnedTypes(type, cancellationToken)).ToEquatableArray()
                : EquatableArray<TypeSpec>.Empty;
        }

        /// <summary>The generator never throws: broken input yields no code, and the analyzers explain why.</summary>
        private static EquatableArray<TypeSpec> Guarded(Func<EquatableArray<TypeSpec>> parse)
        {
            try
            {
                return parse();
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception)
            {
                return EquatableArray<TypeSpec>.Empty;
            }
        }

        /// <summary>
        /// A type with twenty tagged members is found twenty times. When the type is declared in one file, every
        /// one of those members lives in that file, so parsing it from its first tagged member alone is enough and
        /// stays correct under edits. A type split over several files is parsed from each tagged member, because
        /// an edit may touch only one of its files.
        /// </summary>
        private static bool ParsesType(ISymbol target, INamedTypeSymbol type)
        {
            if (target is not (IPropertySymbol or IFieldSymbol) || type.DeclaringSyntaxReferences.Length != 1)
            {
                return true;
            }

            foreach (ISymbol member in type.GetMembers())
            {
                if (member is (IPropertySymbol or IFieldSymbol) && TagReader.IsTagged(member))
                {
                    return SymbolEqualityComparer.Default.Equals(member, target);
                }
            }

            return true;
        }

        /// <summary>The members tagged <c>CryptoShred</c> that any store encrypts under the key ring instead, each once, in ordinal order.</summary>
        private static EquatableArray<string> NotShredded(ImmutableArray<StoreSpec> stores)
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (StoreSpec store in stores)
            {
                names.UnionWith(store.NotShredded);
            }

            return names.ToEquatableArray();
        }

        /// <summary>The owner-only entity types of every store and the untagged owned types they reach, each once, less those the type pipeline writes.</summary>
        private static ImmutableArray<TypeSpec> OwnersOnly(ImmutableArray<StoreSpec> stores, ImmutableArray<string> typeFiles)
        {
            var written = new HashSet<string>(typeFiles, StringComparer.Ordinal);

            var all = ImmutableArray.CreateBuilder<TypeSpec>();
            foreach (StoreSpec store in stores)
            {
                all.AddRange(store.OwnersOnly.Where(spec => !written.Contains(spec.HintName)));
            }

            return Distinct(all.ToImmutable());
        }

        /// <summary>One spec per type, in a stable order (by file name), however many tagged members found it.</summary>
        private static ImmutableArray<TypeSpec> Distinct(params ImmutableArray<TypeSpec>[] sources)
        {
            var byHint = new SortedDictionary<string, TypeSpec>(StringComparer.Ordinal);
            foreach (ImmutableArray<TypeSpec> source in sources)
            {
                foreach (TypeSpec spec in source)
                {
                    if (!byHint.ContainsKey(spec.HintName))
                    {
                        byHint.Add(spec.HintName, spec);
                    }
                }
            }

            return byHint.Values.ToImmutableArray();
        }

        private static void Emit(SourceProductionContext output, TypeSpec type)
        {
            string source;
            try
            {
                source = TypeEmitter.Emit(type);
            }
            catch (Exception)
            {
                return;
            }

            output.AddSource(type.HintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }
    }
}
