/** The pathway's rules without a database: the stay's states and the clarification counter. */
package dk.kk.naboskab.pathway.domain;
