/** The administrators' retention page. */
package dk.kk.naboskab.erasure.web;
