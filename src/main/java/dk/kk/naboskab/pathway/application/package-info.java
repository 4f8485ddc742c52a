/** The pathway's services: intake, a stay's page, observations, requests, the one scope. */
package dk.kk.naboskab.pathway.application;
