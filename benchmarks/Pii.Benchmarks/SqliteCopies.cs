using System;
using System.IO;
using Microsoft.Data.Sqlite;

namespace Pii.Benchmarks
{
    /// <summary>
    /// SQLite files for benchmarks that change their data: a template of each, written once, and a working copy that every
    /// iteration starts from afresh.
    /// </summary>
    public sealed class SqliteCopies
    {
        private readonly string _directory;
        private readonly string[] _names;

        /// <summary>Creates the copies of the named files in a folder of the temporary directory.</summary>
        /// <param name="folder">The folder's name.</param>
        /// <param name="names">The files' names, without extension.</param>
        public SqliteCopies(string folder, params string[] names)
        {
            _directory = Path.Combine(Path.GetTempPath(), folder);
            _names = names;
        }

        /// <summary>The template of a file.</summary>
        /// <param name="name">The file's name.</param>
        /// <returns>Its path.</returns>
        public string Template(string name) => Path.Combine(_directory, name + "-template.db");

        /// <summary>The working copy of a file.</summary>
        /// <param name="name">The file's name.</param>
        /// <returns>Its path.</returns>
        public string Work(string name) => Path.Combine(_directory, name + ".db");

        /// <summary>Writes the templates with <paramref name="create"/> unless all of them exist, then makes fresh working copies.</summary>
        /// <param name="create">Writes every template (the files do not exist when it is called).</param>
        public void Prepare(Action create)
        {
            Directory.CreateDirectory(_directory);
            if (Array.Exists(_names, name => !File.Exists(Template(name))))
            {
                foreach (string name in _names)
                {
                    File.Delete(Template(name));
                }

                create();
            }

            Refresh();
        }

        /// <summary>Replaces every working copy with its template.</summary>
        public void Refresh()
        {
            SqliteConnection.ClearAllPools();
            foreach (string name in _names)
            {
                File.Copy(Template(name), Work(name), overwrite: true);
            }
        }
    }
}
