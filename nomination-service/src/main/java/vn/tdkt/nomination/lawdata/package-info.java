/**
 * Reading the law kept as data: the YAML files of the award catalogue, the base-salary table and the rule sets,
 * with errors that name the file and the path of the faulty field. Plain Java (SnakeYAML), so domain code and its
 * tests load the same files the service does.
 */
package vn.tdkt.nomination.lawdata;
