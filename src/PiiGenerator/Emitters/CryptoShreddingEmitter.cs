using System.Collections.Generic;
using System.Linq;
using Pii.Generator.Model;

namespace Pii.Generator.Emitters
{
    /// <summary>
    /// Writes crypto-shredding for the members tagged <c>Erasure = ErasureStrategy.CryptoShred</c>: their model (the
    /// property is not mapped; a shadow column holds the envelope, and the data subject's table holds the id of the
    /// subject's key), and the interceptor that encrypts each value under its subject's key as rows are saved and
    /// decrypts it as rows are read. A value converter cannot do this: it sees the value, never the row it belongs to.
    /// </summary>
    internal static class CryptoShreddingEmitter
    {
        /// <summary>The shadow column of the subject's key id, on the data subject's table, as a C# literal.</summary>
        public const string KeyIdColumn = "\"PiiSubjectKeyId\"";

        /// <summary>What a statement writes into the ciphertext column to clear it.</summary>
        public const string Cleared = "(byte[]?)null";

        private const string Diagnostics = StoreEmitter.Diagnostics;
        private const string Encryption = "global::Pii.Encryption";
        private const string Ring = "global::Pii.Encryption.IPersonalDataKeyRing";
        private const string Entry = "global::Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry";
        private const string Context = "global::Microsoft.EntityFrameworkCore.DbContext";
        private const string Token = StoreEmitter.Token;
        private const string Task = StoreEmitter.Task;

        /// <summary>The member's ciphertext column in a query over <c>row</c>.</summary>
        public static string Ciphertext(StoreMemberSpec member) => $"EF.Property<byte[]?>(row, {CiphertextColumn(member)})";

        /// <summary>The shadow property that holds the member's envelope (its column keeps the member's name).</summary>
        private static string CiphertextColumn(StoreMemberSpec member) => Literals.CSharp(member.Name + "Ciphertext");

        /// <summary>The model of the crypto-shredded members, inside <c>ConfigureProtection</c>.</summary>
        public static void WriteModel(SourceWriter writer, List<(StoreEntitySpec Entity, StoreMemberSpec Member)> shredded)
        {
            foreach ((StoreEntitySpec entity, StoreMemberSpec member) in shredded)
            {
                writer.Line();
                writer.Line($"// {entity.Name}.{member.Name} is crypto-shredded: CryptoShreddingInterceptor encrypts it under its subject's own key into this column.");
                writer.Line($"modelBuilder.Entity<{entity.FullName}>().Ignore({Literals.CSharp(member.Name)});");
                writer.Line($"modelBuilder.Entity<{entity.FullName}>().Property<byte[]?>({CiphertextColumn(member)}).HasColumnName({Literals.CSharp(member.Name)});");
            }

            foreach (string subject in shredded.Select(m => m.Entity.Shredding!.Subject).Distinct())
            {
                writer.Line();
                writer.Line("// The id of each subject's key in the subject key table; the key itself is not in this table.");
                writer.Line($"modelBuilder.Entity<{subject}>().Property<string?>({KeyIdColumn}).HasMaxLength(64);");
            }
        }

        /// <summary>The interceptor, and the store's checks that the model and the context's options have what crypto-shredding needs.</summary>
        public static void Write(SourceWriter writer, StoreSpec store, List<(StoreEntitySpec Entity, StoreMemberSpec Member)> shredded)
        {
            var byEntity = shredded.GroupBy(m => m.Entity.FullName).ToList();
            var subjects = shredded.Select(m => m.Entity.Shredding!).GroupBy(l => l.Subject).Select(g => g.First()).ToList();

            writer.Line();
            writer.Line("/// <summary>");
            writer.Line("/// Encrypts the crypto-shredded members under their data subject's own key as rows are saved (a subject gets its key");
            writer.Line("/// with its first such value), and decrypts them as rows are read: a value under a destroyed key reads as null, and");
            writer.Line("/// <see cref=\"global::Pii.Encryption.ShreddedValues.IsShredded\"/> tells it apart from a null value. Add one to the");
            writer.Line($"/// context's options: <c>options.AddInterceptors(new {store.ClassName}.CryptoShreddingInterceptor(subjectKeys))</c>;");
            writer.Line("/// without it the members are neither written nor read. Save with <c>SaveChangesAsync</c>: a new key is created with");
            writer.Line("/// an asynchronous statement, which <c>SaveChanges</c> waits for.");
            writer.Line("/// </summary>");
            writer.OpenBlock($"public sealed class CryptoShreddingInterceptor : {Diagnostics}.SaveChangesInterceptor, {Diagnostics}.IMaterializationInterceptor, {Diagnostics}.IDbTransactionInterceptor");
            writer.Line($"private readonly {Encryption}.SubjectKeyTable _keys;");
            writer.Line();
            writer.Line("/// <summary>The plain values of each entity as they were read or last encrypted, to tell which changed: the properties are not tracked.</summary>");
            writer.Line("private readonly global::System.Runtime.CompilerServices.ConditionalWeakTable<object, global::System.Collections.Generic.Dictionary<string, object?>> _stored = new();");
            writer.Line();
            writer.Line("/// <summary>The values a save is about to store, by context: they become the values stored only once the save succeeds.</summary>");
            writer.Line($"private readonly global::System.Runtime.CompilerServices.ConditionalWeakTable<{Context}, global::System.Collections.Generic.List<(object Entity, string Member, object? Value)>> _saving = new();");
            writer.Line();
            writer.Line("/// <summary>Creates the interceptor.</summary>");
            writer.Line("/// <param name=\"keys\">The subject key table.</param>");
            writer.OpenBlock($"public CryptoShreddingInterceptor({Encryption}.SubjectKeyTable keys)");
            writer.Line("_keys = keys ?? throw new global::System.ArgumentNullException(nameof(keys));");
            writer.CloseBlock();
            writer.Line();
            writer.Line("/// <summary>Gets the subject key table.</summary>");
            writer.Line($"public {Encryption}.SubjectKeyTable Keys => _keys;");

            // Reads.
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.OpenBlock($"public object InitializedInstance({Diagnostics}.MaterializationInterceptionData materializationData, object entity)");
            writer.Line($"{Context} db = materializationData.Context;");
            int index = 0;
            foreach (var group in byEntity)
            {
                string local = "row" + ++index;
                writer.OpenBlock($"if (entity is {group.Key} {local})");
                writer.Line("// Kept for no-tracking reads too: such an entity may be attached and saved later.");
                writer.Line("var stored = _stored.GetValue(entity, _ => new global::System.Collections.Generic.Dictionary<string, object?>());");
                foreach ((StoreEntitySpec entity, StoreMemberSpec member) in group)
                {
                    string context = StoreEmitter.ProtectionContext(entity, member);
                    string name = Literals.CSharp(member.Name);
                    string property = $"{local}.{Literals.Identifier(member.Name)}";
                    writer.OpenBlock();
                    writer.Line($"byte[]? envelope = materializationData.GetPropertyValue<byte[]?>({CiphertextColumn(member)});");
                    writer.Line($"{Ring}? ring = Open(db, entity, {name}, envelope, {context});");
                    writer.Line($"{property} = ring is null ? null : {Encryption}.PersonalDataCodec.Unprotect{member.ProtectionCodec}(envelope!, ring, {context});");
                    writer.Line($"stored[{name}] = Snapshot({property});");
                    writer.CloseBlock();
                }

                writer.CloseBlock();
                writer.Line();
            }

            writer.Line("return entity;");
            writer.CloseBlock();
            writer.Line();
            writer.OpenBlock($"private {Ring}? Open({Context} db, object entity, string member, byte[]? envelope, string context)");
            writer.OpenBlock("if (envelope is null)");
            writer.Line($"{Encryption}.ShreddedValues.Set(entity, member, false);");
            writer.Line("return null;");
            writer.CloseBlock();
            writer.Line();
            writer.Line($"{Ring}? ring = _keys.RingFor(envelope, context, db.Database.GetDbConnection(), Transaction(db));");
            writer.Line($"{Encryption}.ShreddedValues.Set(entity, member, ring is null);");
            writer.Line("return ring;");
            writer.CloseBlock();

            // Saves.
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.OpenBlock($"public override {Diagnostics}.InterceptionResult<int> SavingChanges({Diagnostics}.DbContextEventData eventData, {Diagnostics}.InterceptionResult<int> result)");
            writer.OpenBlock("if (eventData.Context is { } db)");
            writer.Line("SealAsync(db, default).GetAwaiter().GetResult();");
            writer.CloseBlock();
            writer.Line();
            writer.Line("return result;");
            writer.CloseBlock();
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.OpenBlock($"public override async global::System.Threading.Tasks.ValueTask<{Diagnostics}.InterceptionResult<int>> SavingChangesAsync({Diagnostics}.DbContextEventData eventData, {Diagnostics}.InterceptionResult<int> result, {Token} cancellationToken = default)");
            writer.OpenBlock("if (eventData.Context is { } db)");
            writer.Line("await SealAsync(db, cancellationToken).ConfigureAwait(false);");
            writer.CloseBlock();
            writer.Line();
            writer.Line("return result;");
            writer.CloseBlock();
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.OpenBlock($"public override int SavedChanges({Diagnostics}.SaveChangesCompletedEventData eventData, int result)");
            writer.Line("Saved(eventData.Context, true);");
            writer.Line("return result;");
            writer.CloseBlock();
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.OpenBlock($"public override global::System.Threading.Tasks.ValueTask<int> SavedChangesAsync({Diagnostics}.SaveChangesCompletedEventData eventData, int result, {Token} cancellationToken = default)");
            writer.Line("Saved(eventData.Context, true);");
            writer.Line("return new global::System.Threading.Tasks.ValueTask<int>(result);");
            writer.CloseBlock();
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line($"public override void SaveChangesFailed({Diagnostics}.DbContextErrorEventData eventData) => Saved(eventData.Context, false);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.OpenBlock($"public override {Task} SaveChangesFailedAsync({Diagnostics}.DbContextErrorEventData eventData, {Token} cancellationToken = default)");
            writer.Line("Saved(eventData.Context, false);");
            writer.Line($"return {Task}.CompletedTask;");
            writer.CloseBlock();
            writer.Line();
            writer.Line("/// <summary>After a save: what it stored is what later changes are compared with; after a failure, nothing changed, and the next save encrypts again (under a key checked again).</summary>");
            writer.OpenBlock($"private void Saved({Context}? db, bool succeeded)");
            writer.OpenBlock("if (db is null || !_saving.TryGetValue(db, out var sealedValues))");
            writer.Line("return;");
            writer.CloseBlock();
            writer.Line();
            writer.Line("_saving.Remove(db);");
            writer.OpenBlock("if (!succeeded)");
            writer.Line("return;");
            writer.CloseBlock();
            writer.Line();
            writer.OpenBlock("foreach ((object entity, string member, object? value) in sealedValues)");
            writer.Line("_stored.GetValue(entity, _ => new global::System.Collections.Generic.Dictionary<string, object?>())[member] = value;");
            writer.CloseBlock();
            writer.CloseBlock();

            // Transactions: a key created in one is used only there until it ends.
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.OpenBlock($"public global::System.Data.Common.DbTransaction TransactionStarted(global::System.Data.Common.DbConnection connection, {Diagnostics}.TransactionEndEventData eventData, global::System.Data.Common.DbTransaction result)");
            writer.Line("// A provider may hand out the same transaction object again: what was held for the last one is gone.");
            writer.Line("_keys.TransactionEnded(result, committed: false);");
            writer.Line("return result;");
            writer.CloseBlock();
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.OpenBlock($"public global::System.Threading.Tasks.ValueTask<global::System.Data.Common.DbTransaction> TransactionStartedAsync(global::System.Data.Common.DbConnection connection, {Diagnostics}.TransactionEndEventData eventData, global::System.Data.Common.DbTransaction result, {Token} cancellationToken = default)");
            writer.Line("_keys.TransactionEnded(result, committed: false);");
            writer.Line("return new global::System.Threading.Tasks.ValueTask<global::System.Data.Common.DbTransaction>(result);");
            writer.CloseBlock();
            writer.Line();
            foreach ((string end, string data, string committed) in new[] { ("Committed", "TransactionEndEventData", "true"), ("RolledBack", "TransactionEndEventData", "false"), ("Failed", "TransactionErrorEventData", "false") })
            {
                writer.Line("/// <inheritdoc/>");
                writer.Line($"public void Transaction{end}(global::System.Data.Common.DbTransaction transaction, {Diagnostics}.{data} eventData) => _keys.TransactionEnded(transaction, committed: {committed});");
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                writer.OpenBlock($"public {Task} Transaction{end}Async(global::System.Data.Common.DbTransaction transaction, {Diagnostics}.{data} eventData, {Token} cancellationToken = default)");
                writer.Line($"_keys.TransactionEnded(transaction, committed: {committed});");
                writer.Line($"return {Task}.CompletedTask;");
                writer.CloseBlock();
                writer.Line();
            }

            writer.Line("/// <summary>Encrypts every crypto-shredded value that was added or changed since it was read.</summary>");
            writer.OpenBlock($"private async {Task} SealAsync({Context} db, {Token} cancellationToken)");
            writer.Line("db.ChangeTracker.DetectChanges();");
            writer.Line("var session = new SealSession();");
            writer.OpenBlock("try");
            writer.OpenBlock($"foreach ({Entry} entry in global::System.Linq.Enumerable.ToList(db.ChangeTracker.Entries()))");
            writer.OpenBlock("if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Unchanged))");
            writer.Line("continue;");
            writer.CloseBlock();
            writer.Line();
            index = 0;
            foreach (var group in byEntity)
            {
                string local = "row" + ++index;
                StoreShredLink link = group.First().Entity.Shredding!;
                writer.OpenBlock($"if (entry.Entity is {group.Key} {local})");

                // The subject is found through the same link erasure follows: the row itself, its foreign key or its navigation.
                string linkName = Literals.CSharp(link.Link ?? string.Empty);
                (string subjectKey, string relinked) = link switch
                {
                    { IsSubject: true } => ($"entry.Property({Literals.CSharp(link.KeyName)}).CurrentValue", "false"),
                    { LinkIsNavigation: true } => ($"ForeignKeyValue(entry, {linkName})", $"NavigationChanged(entry, {linkName})"),
                    _ => ($"entry.Property({linkName}).CurrentValue", $"entry.State == EntityState.Modified && entry.Property({linkName}).IsModified"),
                };
                writer.Line($"bool relinked = {relinked};");
                foreach ((StoreEntitySpec entity, StoreMemberSpec member) in group)
                {
                    string context = StoreEmitter.ProtectionContext(entity, member);
                    string name = Literals.CSharp(member.Name);
                    string value = Literals.Camel(member.Name) + "Value";
                    bool valueType = member.ProtectionCodec is not ("String" or "Bytes");
                    writer.Line($"var {value} = {local}.{Literals.Identifier(member.Name)};");
                    writer.OpenBlock($"if (Changed(entry, {name}, {value}, relinked))");
                    writer.Line($"entry.Property({CiphertextColumn(member)}).CurrentValue = {value} is null ? null : {Encryption}.PersonalDataCodec.Protect({value}{(valueType ? ".Value" : string.Empty)}, await RingOf{link.SubjectName}Async(db, {subjectKey}, {(link.IsSubject ? "entry" : "null")}, session, cancellationToken).ConfigureAwait(false), {context});");
                    writer.Line($"session.Sealed.Add((entry.Entity, {name}, Snapshot({value})));");
                    writer.Line($"{Encryption}.ShreddedValues.Set(entry.Entity, {name}, false);");
                    writer.CloseBlock();
                }

                writer.CloseBlock();
                writer.Line();
            }

            writer.CloseBlock();
            writer.Line();
            writer.Line("_saving.AddOrUpdate(db, session.Sealed);");
            writer.CloseBlock();
            writer.OpenBlock("finally");
            writer.OpenBlock("if (session.Opened)");
            writer.Line("await db.Database.CloseConnectionAsync().ConfigureAwait(false);");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.CloseBlock();

            writer.Line();
            writer.Line("/// <summary>");
            writer.Line("/// Whether a member must be encrypted: a new row, a row moved to another subject, a value changed since it was read,");
            writer.Line("/// a row not read here that is written whole (<c>Update</c> of a detached entity), or an envelope an earlier save made");
            writer.Line("/// whose changes were not accepted. A row attached to change some columns only keeps its stored value.");
            writer.Line("/// </summary>");
            writer.OpenBlock($"private bool Changed({Entry} entry, string member, object? value, bool relinked)");
            writer.OpenBlock("if (entry.State == EntityState.Added || relinked || Unaccepted(entry, member))");
            writer.Line("return true;");
            writer.CloseBlock();
            writer.Line();
            writer.OpenBlock("if (_stored.TryGetValue(entry.Entity, out var stored) && stored.TryGetValue(member, out object? before))");
            writer.Line("return before is byte[] a && value is byte[] b ? !global::System.MemoryExtensions.SequenceEqual<byte>(a, b) : !Equals(before, value);");
            writer.CloseBlock();
            writer.Line();
            writer.OpenBlock("if (entry.State != EntityState.Modified)");
            writer.Line("return false;");
            writer.CloseBlock();
            writer.Line();
            writer.OpenBlock("foreach (var property in entry.Properties)");
            writer.Line("// Keys, row versions and computed columns are never written by an update, so Update does not mark them.");
            writer.OpenBlock("if (!property.IsModified && !property.Metadata.IsShadowProperty() && property.Metadata.GetAfterSaveBehavior() == global::Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Save)");
            writer.Line("return false;");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.Line();
            writer.Line("return true;");
            writer.CloseBlock();
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line("/// Whether the member's column holds an envelope an earlier save made and wrote without its changes being accepted");
            writer.Line("/// (<c>SaveChanges(acceptAllChangesOnSuccess: false)</c>, as an execution strategy retries): its transaction may have");
            writer.Line("/// rolled back, and the subject's key created in it with it, so the value is encrypted again under a key checked now.");
            writer.Line("/// </summary>");
            writer.OpenBlock($"private static bool Unaccepted({Entry} entry, string member)");
            writer.Line("var ciphertext = entry.Property(member + \"Ciphertext\");");
            writer.OpenBlock("if (!ciphertext.IsModified)");
            writer.Line("return false;");
            writer.CloseBlock();
            writer.Line();
            writer.Line("return ciphertext.CurrentValue is byte[] now && ciphertext.OriginalValue is byte[] before ? !global::System.MemoryExtensions.SequenceEqual<byte>(now, before) : !object.ReferenceEquals(ciphertext.CurrentValue, ciphertext.OriginalValue);");
            writer.CloseBlock();
            writer.Line();
            writer.Line("/// <summary>A copy of what a member holds, for telling later whether it changed (an array is changed in place).</summary>");
            writer.Line("private static object? Snapshot(object? value) => value is byte[] bytes ? bytes.Clone() : value;");
            writer.Line();
            writer.Line("/// <summary>The key of the subject a row's navigation leads to, read from the navigation's foreign key (a shadow property, often).</summary>");
            writer.OpenBlock($"private static object? ForeignKeyValue({Entry} entry, string navigation)");
            writer.Line("return entry.Navigation(navigation).Metadata is global::Microsoft.EntityFrameworkCore.Metadata.INavigation link ? entry.Property(link.ForeignKey.Properties[0].Name).CurrentValue : null;");
            writer.CloseBlock();
            writer.Line();
            writer.Line("/// <summary>Whether the foreign key behind a row's navigation changed: the row moved to another subject.</summary>");
            writer.OpenBlock($"private static bool NavigationChanged({Entry} entry, string navigation)");
            writer.OpenBlock("if (entry.State != EntityState.Modified || entry.Navigation(navigation).Metadata is not global::Microsoft.EntityFrameworkCore.Metadata.INavigation link)");
            writer.Line("return false;");
            writer.CloseBlock();
            writer.Line();
            writer.OpenBlock("foreach (var property in link.ForeignKey.Properties)");
            writer.OpenBlock("if (entry.Property(property.Name).IsModified)");
            writer.Line("return true;");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.Line();
            writer.Line("return false;");
            writer.CloseBlock();

            foreach (StoreShredLink subject in subjects)
            {
                WriteRingOf(writer, subject);
            }

            writer.Line();
            writer.Line("/// <summary>Destroys a subject's key in the erasure's transaction.</summary>");
            writer.OpenBlock($"internal {Task}<bool> DestroyKeyAsync({Context} db, string keyId, {Token} cancellationToken)");
            writer.Line("return _keys.DestroyKeyAsync(db.Database.GetDbConnection(), Transaction(db), keyId, global::System.DateTime.UtcNow, cancellationToken);");
            writer.CloseBlock();
            writer.Line();
            writer.OpenBlock($"private static global::System.Data.Common.DbTransaction? Transaction({Context} db)");
            writer.Line("return db.Database.CurrentTransaction is { } transaction ? global::Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(transaction) : null;");
            writer.CloseBlock();
            writer.Line();
            writer.Line("/// <summary>One save: the subjects' keys found so far, and whether the connection was opened to find them.</summary>");
            writer.OpenBlock("private sealed class SealSession");
            writer.Line($"public readonly global::System.Collections.Generic.Dictionary<(global::System.Type, object), {Ring}> Rings = new();");
            writer.Line();
            writer.Line("public readonly global::System.Collections.Generic.List<(object Entity, string Member, object? Value)> Sealed = new();");
            writer.Line();
            writer.Line("public bool Opened;");
            writer.CloseBlock();
            writer.CloseBlock();

            // The store's checks.
            writer.Line();
            writer.OpenBlock($"private static void RequireShredding({Context} db, global::System.Type entity, string member)");
            writer.OpenBlock("if (db.Model.FindEntityType(entity) is { } type && type.FindProperty(member + \"Ciphertext\") is null)");
            writer.Line($"throw new global::System.InvalidOperationException($\"{{entity.FullName}}.{{member}} is crypto-shredded, but the model stores it as it is: call {store.ClassName}.ConfigureProtection(modelBuilder, keyRing, this) in OnModelCreating (docs/encryption.md).\");");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.Line();
            writer.OpenBlock($"private static CryptoShreddingInterceptor RequireCryptoShreddingInterceptor({Context} db)");
            string names = string.Join(", ", shredded.Select(m => m.Entity.Name + "." + m.Member.Name));
            string verb = shredded.Count == 1 ? "is" : "are";
            writer.Line("return FindInterceptor<CryptoShreddingInterceptor>(db)");
            writer.Line($"    ?? throw new global::System.InvalidOperationException(\"{names} {verb} crypto-shredded, which nothing would encrypt or decrypt: add new {store.ClassName}.CryptoShreddingInterceptor(subjectKeys) to the context's options (AddInterceptors).\");");
            writer.CloseBlock();
        }

        /// <summary>Finds, or creates, the key of the subject a row belongs to.</summary>
        private static void WriteRingOf(SourceWriter writer, StoreShredLink subject)
        {
            string keyName = Literals.CSharp(subject.KeyName);
            string key = Literals.Identifier(subject.KeyName);
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line($"/// The key of the {subject.SubjectName} a row belongs to, checked against the key table (never a key another process");
            writer.Line($"/// destroyed); one is created, and its id stored with the {subject.SubjectName}, when it has none.");
            writer.Line("/// </summary>");
            writer.OpenBlock($"private async {Task}<{Ring}> RingOf{subject.SubjectName}Async({Context} db, object? key, {Entry}? root, SealSession session, {Token} cancellationToken)");
            writer.OpenBlock("if (key is null)");
            writer.Line($"throw new global::System.InvalidOperationException(\"A row with crypto-shredded values belongs to no {subject.SubjectName}: there is no key to encrypt them under.\");");
            writer.CloseBlock();
            writer.Line();
            writer.OpenBlock($"if (session.Rings.TryGetValue((typeof({subject.Subject}), key), out {Ring}? known))");
            writer.Line("return known;");
            writer.CloseBlock();
            writer.Line();
            writer.OpenBlock("if (root is null)");
            writer.OpenBlock($"foreach (var candidate in db.ChangeTracker.Entries<{subject.Subject}>())");
            writer.OpenBlock($"if (Equals(candidate.Property({keyName}).CurrentValue, key))");
            writer.Line("root = candidate;");
            writer.Line("break;");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.CloseBlock();
            writer.Line();
            writer.Line("var connection = db.Database.GetDbConnection();");
            writer.OpenBlock("if (connection.State != global::System.Data.ConnectionState.Open)");
            writer.Line("await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);");
            writer.Line("session.Opened = true;");
            writer.CloseBlock();
            writer.Line();
            writer.Line("// A new subject's row is not stored yet: its key id is the one given to it here. Otherwise the stored id counts.");
            writer.Line("bool added = root?.State == EntityState.Added;");
            writer.Line($"string? keyId = added ? (string?)root!.Property({KeyIdColumn}).CurrentValue : await StoredKeyIdOf{subject.SubjectName}Async(db, ({subject.KeyType})key, cancellationToken).ConfigureAwait(false);");
            writer.Line($"{Ring}? ring = keyId is null ? null : await _keys.LiveRingAsync(keyId, connection, Transaction(db), cancellationToken).ConfigureAwait(false);");
            writer.OpenBlock("for (int attempt = 0; ring is null; attempt++)");
            writer.Line("// None yet, or a destroyed one (a database restored from before an erasure): a new key.");
            writer.Line("string created = await _keys.CreateKeyAsync(connection, Transaction(db), global::System.DateTime.UtcNow, cancellationToken).ConfigureAwait(false);");
            writer.OpenBlock("if (added)");
            writer.Line("// Inserted with the new row.");
            writer.Line($"root!.Property({KeyIdColumn}).CurrentValue = created;");
            writer.Line("keyId = created;");
            writer.CloseBlock();
            writer.OpenBlock("else");
            writer.Line("// Guarded: of two writers giving the subject its key at once, one wins and the other takes the winner's.");
            writer.Line("string? expected = keyId;");
            writer.Line($"int won = await db.Set<{subject.Subject}>().IgnoreQueryFilters()");
            writer.Line($"    .Where(row => row.{key} == ({subject.KeyType})key && EF.Property<string?>(row, {KeyIdColumn}) == expected)");
            writer.Line($"    .ExecuteUpdateAsync(set => set.SetProperty(row => EF.Property<string?>(row, {KeyIdColumn}), created), cancellationToken).ConfigureAwait(false);");
            writer.Line($"keyId = won == 1 ? created : await StoredKeyIdOf{subject.SubjectName}Async(db, ({subject.KeyType})key, cancellationToken).ConfigureAwait(false);");
            writer.CloseBlock();
            writer.Line();
            writer.Line($"ring = keyId is null ? null : await _keys.LiveRingAsync(keyId, connection, Transaction(db), cancellationToken).ConfigureAwait(false);");
            writer.OpenBlock("if (ring is null && attempt == 2)");
            writer.Line($"throw new global::System.InvalidOperationException(\"The {subject.SubjectName}'s key changed three times while it was being given one: the save was not made.\");");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.Line();
            writer.OpenBlock($"if (root is not null && !added && !Equals(root.Property({KeyIdColumn}).CurrentValue, keyId))");
            writer.Line("// Another writer gave the subject its key since this row was read: take that one.");
            writer.Line($"var property = root.Property({KeyIdColumn});");
            writer.Line("property.CurrentValue = keyId;");
            writer.Line("property.OriginalValue = keyId;");
            writer.Line("property.IsModified = false;");
            writer.CloseBlock();
            writer.Line();
            writer.Line($"session.Rings[(typeof({subject.Subject}), key)] = ring;");
            writer.Line("return ring;");
            writer.CloseBlock();

            writer.Line();
            writer.OpenBlock($"private static async {Task}<string?> StoredKeyIdOf{subject.SubjectName}Async({Context} db, {subject.KeyType} subjectKey, {Token} cancellationToken)");
            writer.Line($"var stored = await db.Set<{subject.Subject}>().IgnoreQueryFilters().Where(row => row.{key} == subjectKey)");
            writer.Line($"    .Select(row => new {{ KeyId = EF.Property<string?>(row, {KeyIdColumn}) }}).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);");
            writer.Line($"return stored is null ? throw new global::System.InvalidOperationException($\"The {subject.SubjectName} '{{subjectKey}}' that a row belongs to does not exist: its subject key cannot be found.\") : stored.KeyId;");
            writer.CloseBlock();
        }
    }
}
