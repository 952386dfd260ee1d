global using NUnit.Framework;
global using ClaimCompare.Testing;
